package org.openjolo.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceDetector.Detection;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;

/**
 * Detect over look-alike devices: one simulated device per family on its own pseudo-terminal (each family's own
 * virtual device, through the {@link org.openjolo.core.DeviceFamily} API only), Detect over all those ports, and
 * each port must be found exactly once, as its own family. The check for a family whose devices answer the
 * identify request like another's.
 */
public final class DetectCheck {

    /** What the caller may look at after Detect, before the simulated devices close. */
    @FunctionalInterface
    public interface Afterwards {
        /** @param devices the simulated devices, in the order of the family ids */
        void check(List<SimulatedDevice> devices) throws Exception;
    }

    private DetectCheck() {
    }

    /**
     * Runs the check.
     *
     * @param links      a folder for the pseudo-terminals' links ({@code tty-<family>})
     * @param familyIds  the installed families to simulate, one port each
     * @param afterwards further checks on the devices (the requests Detect sent), or {@code d -> {}}
     * @throws AssertionError naming, per port, the families found and the one expected
     */
    public static void eachFoundOnceAsItsOwnFamily(Path links, List<String> familyIds, Afterwards afterwards) throws Exception {
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        List<SimulatedDevice> devices = new ArrayList<>();
        try {
            for (String id : familyIds) {
                VirtualDevice virtual = registry.family(id).orElseThrow(() -> new AssertionError(id + " is not installed")).createVirtualDevice();
                devices.add(Hosts.host(virtual, HostKind.PTY, HostOptions.unpaced().withLink(links.resolve("tty-" + id))));
            }
            List<Detection> found = Services.await(DeviceDetector.class).detect(devices.stream().map(SimulatedDevice::address).toList())
                    .get(60, TimeUnit.SECONDS);
            Map<String, String> byPort = new TreeMap<>();
            found.forEach(d -> byPort.merge(d.address().displayName(), d.familyId(), (a, b) -> a + "+" + b));
            Map<String, String> expected = new TreeMap<>();
            for (int i = 0; i < familyIds.size(); i++) {
                expected.put(devices.get(i).address().displayName(), familyIds.get(i));
            }
            if (!expected.equals(byPort)) {
                throw new AssertionError("Detect found " + byPort + ", expected " + expected);
            }
            afterwards.check(devices);
        } finally {
            devices.forEach(SimulatedDevice::close);
        }
    }
}
