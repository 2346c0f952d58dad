package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Services;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportFactory;

/**
 * Measures status round trips per second through jSerialComm on a pseudo-terminal, paced at 38400 baud and
 * unpaced, against the wire limit. Prints numbers; not part of the normal test run (the class name does not end
 * in Test). Run with {@code releng/benchmarks/pty-roundtrips.sh}.
 */
class PtyRoundTripBenchmark {

    private static final Duration RUN = Duration.ofSeconds(5);

    @Test
    void statusRoundTrips() throws IOException {
        VirtualAstroLink4 device = new VirtualAstroLink4(System::nanoTime);
        int replyBytes = device.handle(Requests.STATUS).length() + 1;
        int requestBytes = Requests.STATUS.length() + 1;
        double wireLimit = AstroLink4.BAUD_RATE / 10.0 / (requestBytes + replyBytes);
        System.out.printf(Locale.ROOT, "status round trip: %d request + %d reply bytes; wire limit at %d baud: %.1f round trips/s%n",
                requestBytes, replyBytes, AstroLink4.BAUD_RATE, wireLimit);
        for (boolean paced : new boolean[] { true, false }) {
            double rate = measure(device, paced);
            System.out.printf(Locale.ROOT, "pseudo-terminal, %s: %.1f round trips/s (%.0f%% of the wire limit)%n",
                    paced ? "paced at 38400 baud" : "unpaced", rate, 100 * rate / wireLimit);
            assertTrue(rate > 0);
        }
    }

    private static double measure(VirtualAstroLink4 device, boolean paced) throws IOException {
        HostOptions options = paced ? HostOptions.defaults() : HostOptions.unpaced();
        TransportFactory transports = Services.await(TransportFactory.class);
        try (SimulatedDevice sim = Hosts.host(device, HostKind.PTY, options);
                Transport serial = transports.create(sim.address(), AstroLink4.BAUD_RATE)) {
            serial.open();
            for (int i = 0; i < 20; i++) {
                StatusLine.parse(serial.exchange(Requests.STATUS, Duration.ofSeconds(3)));
            }
            long start = System.nanoTime();
            long end = start + RUN.toNanos();
            int n = 0;
            while (System.nanoTime() < end) {
                try {
                    StatusLine.parse(serial.exchange(Requests.STATUS, Duration.ofSeconds(3)));
                } catch (ProtocolException e) {
                    throw new AssertionError("garbled status during the benchmark", e);
                }
                n++;
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }
}
