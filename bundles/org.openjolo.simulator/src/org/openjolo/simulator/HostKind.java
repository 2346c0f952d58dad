package org.openjolo.simulator;

import java.util.Locale;

/** Where a virtual device is served. */
public enum HostKind {
    /** A Unix pseudo-terminal (Linux, macOS): the driver opens its path with jSerialComm like a USB port. */
    PTY,
    /** A TCP port on the loopback interface, like a network serial server. */
    TCP;

    /** Pseudo-terminals where the operating system has them, TCP elsewhere (Windows). */
    public static HostKind platformDefault() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? TCP : PTY;
    }
}
