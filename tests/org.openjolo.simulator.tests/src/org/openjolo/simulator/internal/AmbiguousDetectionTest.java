package org.openjolo.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceDetector.Detection;
import org.openjolo.core.DeviceDetector.Match;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.DeviceDriver;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.FixedAnswers;
import org.openjolo.testing.Services;
import org.openjolo.transport.Transport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Two models that answer alike (as the AstroLink 4 mini II and micro do): detection reports both, the operator's
 * choice is remembered for that device, and a family of another line speed is not asked once one answered.
 */
class AmbiguousDetectionTest {

    @TempDir
    Path dir;

    /** Recognises any device answering {@code #} with {@code #:Twin…}. */
    private record Twin(String id, String displayName, int baudRate) implements DeviceFamily {
        @Override
        public Optional<String> probe(Transport transport) throws IOException {
            String answer = transport.exchange("#", Duration.ofSeconds(2));
            return answer.startsWith("#:Twin") ? Optional.of(answer.substring(2)) : Optional.empty();
        }

        @Override
        public DeviceDriver open(DeviceConnection connection) {
            throw new UnsupportedOperationException("detection only");
        }

        @Override
        public VirtualDevice createVirtualDevice() {
            throw new UnsupportedOperationException("detection only");
        }
    }

    @Test
    void bothModelsAreReportedAndTheOperatorsChoiceIsRemembered() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<ServiceRegistration<DeviceFamily>> registrations = new ArrayList<>();
        for (DeviceFamily f : List.of(new Twin("twin1", "Twin one", 38400), new Twin("twin2", "Twin two", 38400),
                new Twin("zeta", "Zeta at another speed", 9600))) {
            registrations.add(context.registerService(DeviceFamily.class, f, null));
        }
        // a name of its own, so that no earlier run's remembered choice applies
        String name = "Twin-" + UUID.randomUUID();
        try (SimulatedDevice sim = Hosts.host(new FixedAnswers("a device two models answer like", 38400, Map.of("#", "#:" + name)), HostKind.PTY,
                HostOptions.unpaced().withLink(dir.resolve("ttyTwin")))) {
            DeviceDetector detector = Services.await(DeviceDetector.class);

            List<Detection> found = detector.detect(List.of(sim.address())).get(30, TimeUnit.SECONDS);

            assertEquals(1, found.size(), found.toString());
            Detection d = found.get(0);
            assertTrue(d.ambiguous(), d.toString());
            assertEquals(List.of(new Match("twin1", "Twin one", name), new Match("twin2", "Twin two", name)), d.matches(),
                    "both models of the device's line speed, none of another speed");
            assertEquals(List.of("#", "#"), sim.faults().received(), "each model's identify request, nothing else");

            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> detector.remember(d, "zeta"));
            assertEquals("The device on " + sim.address().displayName() + " answered as Twin one or Twin two, not as zeta", refused.getMessage());

            detector.remember(d, "twin2");
            Detection again = detector.detect(List.of(sim.address())).get(30, TimeUnit.SECONDS).get(0);
            assertFalse(again.ambiguous(), again.toString());
            assertEquals(new Detection(sim.address(), "twin2", "Twin two", name), again, "the operator's answer, remembered");
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
        }
    }
}
