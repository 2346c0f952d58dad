package org.openjolo.focuserlink.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.focuserlink.internal.sim.VirtualFocuserLink;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** The FocuserLink driver through the real registry and I/O worker, on the in-memory link (fast). */
class DriverTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualFocuserLink virtual = new VirtualFocuserLink(System::nanoTime);
    private final InMemoryLink link = new InMemoryLink(virtual);
    private Device device;

    private Focuser connect() throws Exception {
        device = registry.connect(FocuserLink.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        return device.capability(Focuser.class).orElseThrow();
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
    }

    private List<String> wire() {
        return link.faults().received();
    }

    @Test
    void handshakeIdentifiesReadsTheBlockAndOffersWhatTheDeviceHas() throws Exception {
        Focuser f = connect();
        assertEquals(List.of("#", "u", "f", "q"), wire().subList(0, 4));
        assertEquals("FocuserLink", device.identity().firmware());
        assertEquals(FocuserLink.MODEL, device.identity().model());
        assertEquals(60000, f.settings().maxPosition());
        assertEquals(0.5, f.settings().stepSizeMicrons());
        assertEquals(30000, f.position());
        assertTrue(f.supports(Setting.MAX_POSITION) && f.supports(Setting.BACKLASH));
        assertFalse(f.supports(Setting.SPEED), "the motor fields are only inferred: never written");
        assertEquals(1, device.capability(EnvironmentSensors.class).orElseThrow().sensorCount());
        assertTrue(device.capability(HandController.class).orElseThrow().isEnabled());
        assertTrue(device.capability(PowerSwitches.class).isEmpty(), "a focuser has no outputs");
        assertEquals(20, device.capability(FirmwareCompensation.class).orElseThrow().config().threshold());
    }

    @Test
    void aForeignDeviceIsRefusedWithTheReason() {
        InMemoryLink foreign = new InMemoryLink(new org.openjolo.core.spi.VirtualDevice() {
            @Override
            public String familyId() {
                return "other";
            }

            @Override
            public int baudRate() {
                return 38400;
            }

            @Override
            public String description() {
                return "an AstroLink";
            }

            @Override
            public String handle(String request) {
                return "#:AstroLink4mini";
            }
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> registry.connect(FocuserLink.FAMILY_ID, foreign).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("not a FocuserLink"), e.getCause().getMessage());
    }

    @Test
    void aMoveArrivesAndTelemetryCarriesTheSensor() throws Exception {
        Focuser f = connect();
        virtual.setSpeed(4000);
        f.moveTo(31000).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("R:0:31000"));
        Await.until("arrived", WAIT, () -> virtual.position() == 31000 && !f.isMoving() && f.position() == 31000);
        var t = device.latestTelemetry().orElseThrow();
        assertTrue(t.get(StandardTelemetry.TEMPERATURE_1).isPresent());
        assertTrue(t.get(StandardTelemetry.HUMIDITY_1).isPresent());
        assertTrue(t.get(StandardTelemetry.DEW_POINT_1).orElseThrow() < t.get(StandardTelemetry.TEMPERATURE_1).orElseThrow());
        assertTrue(t.get(StandardTelemetry.FOCUSER_PENDING_COMPENSATION).isPresent());
    }

    @Test
    void anUnpluggedSensorLeavesItsValuesAbsent() throws Exception {
        connect();
        virtual.setSensor(false);
        Await.until("no temperature", WAIT, () -> device.latestTelemetry().map(t -> t.get(StandardTelemetry.TEMPERATURE_1).isEmpty()).orElse(false));
        var t = device.latestTelemetry().orElseThrow();
        assertTrue(t.get(StandardTelemetry.HUMIDITY_1).isEmpty());
        assertTrue(t.get(StandardTelemetry.FOCUSER_POSITION).isPresent());
    }

    @Test
    void syncSendsThePositionWithoutIndexAndOutOfRangeSendsNothing() throws Exception {
        Focuser f = connect();
        f.sync(5760).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("P:5760"), wire().toString());
        assertEquals(5760, virtual.position());
        link.faults().clearReceived();
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.moveTo(60001).get(10, TimeUnit.SECONDS));
        DeviceException d = assertInstanceOf(DeviceException.class, e.getCause());
        assertEquals(Reason.INVALID_VALUE, d.reason());
        assertEquals("Target position 60001 is outside the focuser's range 0 to 60000 (maximum position)", d.getMessage());
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("R")), wire().toString());
    }

    @Test
    void abortStopsAMoveMidway() throws Exception {
        Focuser f = connect();
        f.moveTo(50000).get(10, TimeUnit.SECONDS);
        Await.until("moving", WAIT, () -> virtual.position() > 30050);
        f.abort().get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("H"));
        Await.until("stopped", WAIT, () -> !f.isMoving());
        int stoppedAt = virtual.position();
        assertTrue(stoppedAt > 30000 && stoppedAt < 50000, "stopped at " + stoppedAt);
    }

    @Test
    void travelSettingsAreReadModifyWriteAndTheMotorFieldsStayAsTheyWere() throws Exception {
        Focuser f = connect();
        f.applySettings(f.settings().withMaxPosition(40000).withReversed(true).withBacklash(-30).withSpeed(999)).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("U:400:3:100:0:40000:1:50:0:30:20:0:"), wire().toString());
        assertArrayEquals(new int[] { 400, 3, 100, 0, 40000, 1, 50, 0, 30, 20, 0 }, virtual.block());
        assertEquals(40000, f.settings().maxPosition());
        assertEquals(-30, f.settings().backlash(), "backlash is the workbench's, in the profile");
        assertEquals("-30", device.profile().get("focuser.backlash", ""));
    }

    @Test
    void backlashGoesPastTheTargetAndComesBack() throws Exception {
        Focuser f = connect();
        virtual.setSpeed(4000);
        f.applySettings(f.settings().withBacklash(-50)).get(10, TimeUnit.SECONDS);
        link.faults().clearReceived();
        f.moveTo(29000).get(10, TimeUnit.SECONDS);
        Await.until("arrived", WAIT, () -> !f.isMoving() && virtual.position() == 29000);
        List<String> moves = wire().stream().filter(r -> r.startsWith("R")).toList();
        assertEquals(List.of("R:0:28950", "R:0:29000"), moves);
    }

    @Test
    void compensationSettingsLiveInTheBlockAndSnTriggersTheFirmware() throws Exception {
        Focuser f = connect();
        virtual.setSpeed(4000);
        FirmwareCompensation c = device.capability(FirmwareCompensation.class).orElseThrow();
        virtual.setAmbientTemperature(10.0);
        c.configure(new FirmwareCompensation.Config(35.5, 20, 1, false, 30)).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("U:400:3:4000:0:60000:0:50:3550:30:20:0:"), "the speed field goes back as the device had it: " + wire());
        assertEquals(35.5, c.config().coefficient());
        ExecutionException e = assertThrows(ExecutionException.class, () -> c.configure(new FirmwareCompensation.Config(1, 20, 2, false, 30)).get(5, TimeUnit.SECONDS));
        assertEquals("Compensation sensor 2 is not one of this device's temperature sensors: 1", e.getCause().getMessage());
        // a move re-references the temperature; then 2 °C colder: 71 steps inward pending
        f.moveTo(30000).get(10, TimeUnit.SECONDS);
        virtual.setAmbientTemperature(8.0);
        Await.until("pending -71", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.FOCUSER_PENDING_COMPENSATION)).orElse(0) == -71);
        c.compensateNow(100).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("S:100"));
        assertEquals(30000, virtual.position(), "71 steps do not exceed 100");
        c.compensateNow(20).get(10, TimeUnit.SECONDS);
        Await.until("compensated", WAIT, () -> virtual.position() == 29929 && !f.isMoving());
    }

    @Test
    void manualButtonsAreSwitchedAndReadBack() throws Exception {
        connect();
        HandController buttons = device.capability(HandController.class).orElseThrow();
        buttons.setEnabled(false).get(10, TimeUnit.SECONDS);
        int i = wire().lastIndexOf("F:0");
        assertTrue(i >= 0 && wire().get(i + 1).equals("f"), wire().toString());
        assertFalse(buttons.isEnabled());
        assertFalse(virtual.manualButtons());
    }

    @Test
    void settingsExportImportAndABadFileLeavesTheDeviceAlone() throws Exception {
        Focuser f = connect();
        DeviceSettings s = device.capability(DeviceSettings.class).orElseThrow();
        Map<String, String> saved = s.exportSettings().get(10, TimeUnit.SECONDS);
        assertEquals("400:3:100:0:60000:0:50:0:30:20:0", saved.get("device.u"));
        assertEquals("1", saved.get("device.manualButtons"));
        f.applySettings(f.settings().withMaxPosition(45000)).get(10, TimeUnit.SECONDS);

        Map<String, String> bad = new TreeMap<>(saved);
        bad.put("device.u", "400:3:100:0:60000:0:50:0:30:2000:0");
        link.faults().clearReceived();
        ExecutionException e = assertThrows(ExecutionException.class, () -> s.importSettings(bad).get(10, TimeUnit.SECONDS));
        assertEquals("Setting 'device.u': Compensation threshold 2000 is outside the allowed range 1 to 1000 steps", e.getCause().getMessage());
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("U")), "nothing written");
        assertEquals(45000, virtual.block()[4]);

        s.importSettings(saved).get(10, TimeUnit.SECONDS);
        assertEquals(60000, virtual.block()[4]);
        assertEquals(60000, f.settings().maxPosition());

        f.applySettings(f.settings().withMaxPosition(45000).withReversed(true)).get(10, TimeUnit.SECONDS);
        device.capability(HandController.class).orElseThrow().setEnabled(false).get(10, TimeUnit.SECONDS);
        s.factoryReset().get(10, TimeUnit.SECONDS);
        assertArrayEquals(new int[] { 400, 3, 100, 0, 60000, 0, 50, 0, 30, 20, 0 }, virtual.block());
        assertTrue(virtual.manualButtons());
    }
}
