package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceDetector.Detection;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Services;

/**
 * Detect with three families installed and one simulated device of each on its own pseudo-terminal: each is
 * found once, as its own family, although the USB simulator answers the identify request like a mini.
 */
class FamiliesDetectionTest {

    @TempDir
    Path dir;

    @Test
    void eachDeviceIsFoundOnceAsItsOwnFamily() throws Exception {
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        List<String> ids = List.of(AstroLink4.FAMILY_ID, AstroLink4Mini.FAMILY_ID, FocuserLink.FAMILY_ID);
        List<SimulatedDevice> sims = new ArrayList<>();
        try {
            for (String id : ids) {
                // each family's own virtual device, through the API only: nothing here knows their classes
                var virtual = registry.family(id).orElseThrow(() -> new AssertionError(id + " is not installed")).createVirtualDevice();
                sims.add(Hosts.host(virtual, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("tty-" + id))));
            }
            List<Detection> found = Services.await(DeviceDetector.class).detect(sims.stream().map(SimulatedDevice::address).toList())
                    .get(60, TimeUnit.SECONDS);
            Map<String, String> byPort = new TreeMap<>();
            found.forEach(d -> byPort.merge(d.address().displayName(), d.familyId(), (a, b) -> a + "+" + b));
            Map<String, String> expected = new TreeMap<>();
            for (int i = 0; i < ids.size(); i++) {
                expected.put(sims.get(i).address().displayName(), ids.get(i));
            }
            assertEquals(expected, byPort);
            assertEquals(List.of("#", "q"), sims.get(1).faults().received().subList(0, 2), "the mini: identify, then one status read");
        } finally {
            sims.forEach(SimulatedDevice::close);
        }
    }
}
