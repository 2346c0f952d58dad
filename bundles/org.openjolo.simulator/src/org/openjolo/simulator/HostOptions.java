package org.openjolo.simulator;

import java.nio.file.Path;

/**
 * How to host a virtual device.
 *
 * @param paced    send replies no faster than the device's baud rate allows (10 bits per byte), so timing,
 *                 timeouts and benchmarks behave like the real device; {@code false} for fast unit tests
 * @param linkPath for {@link HostKind#PTY}: a stable symbolic link to the pseudo-terminal (like a udev
 *                 {@code /dev/serial/by-id} link), kept across a dropped and restored link; {@code null} for none
 * @param tcpPort  for {@link HostKind#TCP}: the port, 0 for any free one
 */
public record HostOptions(boolean paced, Path linkPath, int tcpPort) {

    /** Validates the port. */
    public HostOptions {
        if (tcpPort < 0 || tcpPort > 65535) {
            throw new IllegalArgumentException("TCP port must be between 0 (any) and 65535, was " + tcpPort);
        }
    }

    /** Paced, no link, any TCP port. */
    public static HostOptions defaults() {
        return new HostOptions(true, null, 0);
    }

    /** Unpaced, for fast tests. */
    public static HostOptions unpaced() {
        return new HostOptions(false, null, 0);
    }

    /** A copy with a link path. */
    public HostOptions withLink(Path path) {
        return new HostOptions(paced, path, tcpPort);
    }

    /** A copy with a TCP port. */
    public HostOptions withTcpPort(int port) {
        return new HostOptions(paced, linkPath, port);
    }
}
