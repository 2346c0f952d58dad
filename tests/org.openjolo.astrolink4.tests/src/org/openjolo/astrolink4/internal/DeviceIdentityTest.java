package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.NamedPositions;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Services;

/**
 * A device is known by the USB serial number of its adapter, so its settings follow it to another port: here two
 * pseudo-terminals behind udev-style links ({@code /dev/serial/by-id/usb-…_<serial>-if00-port0}) that carry the same
 * serial number, as one box plugged into another USB socket would.
 */
class DeviceIdentityTest {

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);

    private SimulatedDevice plugIn(String socket, String serial) throws Exception {
        Path byId = Files.createDirectories(dir.resolve(socket));
        return Services.await(Simulator.class).start(AstroLink4.FAMILY_ID, HostKind.PTY,
                HostOptions.unpaced().withLink(byId.resolve("usb-Astrojolo_AstroLink_4_" + serial + "-if00-port0")));
    }

    @Test
    void theProfileAndAlpacaIdentityFollowTheSerialNumberToAnotherPort() throws Exception {
        String serial = "OJ" + ProcessHandle.current().pid() + System.nanoTime() % 100_000;
        String label;
        String uniqueId;
        try (SimulatedDevice first = plugIn("socket1", serial)) {
            Device d = registry.connect(AstroLink4.FAMILY_ID, first.address()).get(15, TimeUnit.SECONDS);
            try {
                assertEquals(serial, d.identity().serialNumber());
                assertEquals("astrolink4@usb:" + serial, d.identity().key());
                label = "Main scope " + serial;
                d.profile().put(org.openjolo.core.ProfileKeys.outputLabel(1), label);
                new NamedPositions(d.profile()).add("Ha filter", 10_000, 25_000);
                uniqueId = uniqueId(d);
            } finally {
                registry.disconnect(d).get(10, TimeUnit.SECONDS);
            }
        }
        try (SimulatedDevice second = plugIn("socket2", serial)) {
            assertFalse(second.address().equals(registry.devices().stream().findFirst().map(x -> x.identity().address()).orElse(null)));
            Device d = registry.connect(AstroLink4.FAMILY_ID, second.address()).get(15, TimeUnit.SECONDS);
            try {
                assertEquals(label, d.profile().get(org.openjolo.core.ProfileKeys.outputLabel(1), ""), "the label followed the device to the other port");
                assertEquals(java.util.List.of(new NamedPositions.Entry("Ha filter", 10_000)), new NamedPositions(d.profile()).list(), "the stored positions too");
                assertEquals(uniqueId, uniqueId(d), "the Alpaca UniqueID too");
            } finally {
                registry.disconnect(d).get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aProfileKeptByPortMovesOverOnTheFirstConnectWithASerialNumber() throws Exception {
        String serial = "MV" + ProcessHandle.current().pid() + System.nanoTime() % 100_000;
        try (SimulatedDevice box = plugIn("socket3", serial)) {
            DeviceIdentity byPort = new DeviceIdentity(AstroLink4.FAMILY_ID, "", "", box.address());
            Path profiles = Services.await(DataLocation.class).settings().resolve("profiles");
            Files.createDirectories(profiles);
            Path old = profiles.resolve(AtomicFiles.safeName(byPort.portKey()) + ".json");
            Files.writeString(old, "{\"" + org.openjolo.core.ProfileKeys.outputLabel(1) + "\": \"Dew strap\"}");

            Device d = registry.connect(AstroLink4.FAMILY_ID, box.address()).get(15, TimeUnit.SECONDS);
            try {
                assertEquals("Dew strap", d.profile().get(org.openjolo.core.ProfileKeys.outputLabel(1), ""), "the settings kept by port");
                assertFalse(Files.exists(old), "moved, not copied: one place for the device's settings");
                assertTrue(Files.exists(profiles.resolve(AtomicFiles.safeName(d.identity().key()) + ".json")));
            } finally {
                registry.disconnect(d).get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String uniqueId(Device d) {
        return Services.await(AlpacaServer.class).devices().stream().filter(s -> s.deviceKey().equals(d.identity().key()) && s.deviceType().equals("focuser"))
                .map(ServedDevice::uniqueId).findFirst().orElseThrow();
    }
}
