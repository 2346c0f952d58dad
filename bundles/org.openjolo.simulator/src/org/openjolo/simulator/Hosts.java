package org.openjolo.simulator;

import java.io.IOException;

import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.internal.PtyHost;
import org.openjolo.simulator.internal.TcpHost;

/** Serves a virtual device; the {@link Simulator} service and tests use these. */
public final class Hosts {

    private Hosts() {
    }

    /** Serves {@code device} on a new host of the given kind. */
    public static SimulatedDevice host(VirtualDevice device, HostKind kind, HostOptions options) throws IOException {
        return switch (kind) {
            case PTY -> new PtyHost(device, options);
            case TCP -> new TcpHost(device, options);
        };
    }
}
