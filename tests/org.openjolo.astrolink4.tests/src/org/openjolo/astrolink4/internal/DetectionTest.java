package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceDetector.Detection;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Services;
import org.openjolo.transport.TransportAddress;

/** "Detect devices" against several simulated devices on pseudo-terminals at once, and a foreign one. */
class DetectionTest {

    @TempDir
    Path dir;

    /** A device of no installed family: a modem-like thing that answers everything with "OK". */
    private static final class Foreign implements VirtualDevice {
        final List<String> heard = new ArrayList<>();

        @Override
        public String familyId() {
            return "foreign";
        }

        @Override
        public int baudRate() {
            return 9600;
        }

        @Override
        public String description() {
            return "not an astrojolo device";
        }

        @Override
        public synchronized String handle(String request) {
            heard.add(request);
            return "OK";
        }
    }

    @Test
    void findsEachDeviceOnItsPortSendsOnlyReadRequestsAndLeavesThePortsFree() throws Exception {
        List<SimulatedDevice> sims = new ArrayList<>();
        List<VirtualAstroLink4> virtuals = new ArrayList<>();
        Foreign foreign = new Foreign();
        try {
            for (int i = 0; i < 3; i++) {
                VirtualAstroLink4 v = new VirtualAstroLink4(System::nanoTime);
                v.setIdentity("AstroLink4mini-" + i);
                virtuals.add(v);
                sims.add(Hosts.host(v, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyDetect" + i))));
            }
            SimulatedDevice other = Hosts.host(foreign, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyForeign")));
            sims.add(other);
            List<TransportAddress> ports = sims.stream().map(SimulatedDevice::address).toList();
            int position = virtuals.get(1).position();

            List<Detection> found = Services.await(DeviceDetector.class).detect(ports).get(60, TimeUnit.SECONDS);

            assertEquals(3, found.size(), found.toString());
            for (int i = 0; i < 3; i++) {
                Detection d = found.get(i);
                assertEquals(sims.get(i).address(), d.address());
                assertEquals(AstroLink4.FAMILY_ID, d.familyId());
                assertEquals("AstroLink4mini-" + i, d.identity());
                assertEquals(List.of("#", "q"), sims.get(i).faults().received(), "only the identify and status requests on port " + i);
            }
            assertTrue(foreign.heard.stream().allMatch("#"::equals) && !foreign.heard.isEmpty(), "the foreign device heard only '#': " + foreign.heard);
            assertEquals(position, virtuals.get(1).position(), "nothing moved");

            DeviceRegistry registry = Services.await(DeviceRegistry.class);
            Device device = registry.connect(found.get(0).familyId(), found.get(0).address()).get(15, TimeUnit.SECONDS);
            try {
                List<Detection> again = Services.await(DeviceDetector.class).detect(ports).get(60, TimeUnit.SECONDS);
                assertEquals(List.of(found.get(1), found.get(2)), again, "a port in use by a connected device is not probed");
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        } finally {
            sims.forEach(SimulatedDevice::close);
        }
    }
}
