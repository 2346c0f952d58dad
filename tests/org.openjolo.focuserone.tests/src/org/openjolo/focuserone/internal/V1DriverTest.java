package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;

/** The FocuserOne v1 family (gen1's driver as a stand-alone focuser) on the in-memory link. */
class V1DriverTest extends InMemoryDriverTest {

    V1DriverTest() {
        super(VirtualFocuserOne.v1(System::nanoTime));
    }

    @Test
    void handshakeReadsTheFirstGenerationBlocksAndOffersAFocuserWithoutTheHubsParts() throws Exception {
        Focuser f = connect();
        assertEquals(List.of("#", "u", "z", "j", "f", "e", "q"), wire().subList(0, 7));
        assertFalse(wire().contains("n"), "no power monitor block");
        assertEquals(FocuserOne.MODEL_V1, device.identity().model());
        assertEquals("FocuserOne", device.identity().firmware());
        // the backlash is the workbench's, in a profile other tests of this address may have set
        assertEquals(new FocuserSettings(50000, false, 5.0, 0, 250, 500, 400, 0, StepperMode.UNIPOLAR), f.settings().withBacklash(0));
        assertTrue(f.supports(Setting.ACCELERATION) && f.supports(Setting.MOTOR_CURRENT), "v1 has the z block and an acceleration field");
        assertTrue(device.capability(PowerSwitches.class).isEmpty());
        assertTrue(device.capability(PwmOutputs.class).isEmpty());
        assertTrue(device.capability(PowerMonitor.class).isEmpty());
        assertEquals(2, device.capability(EnvironmentSensors.class).orElseThrow().sensorCount());
        assertTrue(device.capability(HandController.class).orElseThrow().isEnabled(), "read back with f");
        assertEquals(10, device.capability(FirmwareCompensation.class).orElseThrow().config().threshold());
    }

    @Test
    void aV2FocuserOneIsRefusedAsAV1() {
        InMemoryLink v2 = new InMemoryLink(VirtualFocuserOne.v2(System::nanoTime));
        ExecutionException e = assertThrows(ExecutionException.class, () -> registry.connect(FocuserOne.FAMILY_ID_V1, v2).get(10, TimeUnit.SECONDS));
        // gen1's handshake reads the blocks before the status line: the v2 firmware has no z block
        assertTrue(e.getCause().getMessage().endsWith("The device refused 'z': 'z: error'"), e.getCause().getMessage());
        assertTrue(v2.faults().received().stream().noneMatch(r -> Character.isUpperCase(r.charAt(0))), "nothing written");
    }

    @Test
    void theFocuserFieldsOfTheLongLineGoIntoTheirChannelsAndTheHubsFieldsNowhere() throws Exception {
        connect();
        virtual.setAmbientTemperature(12.0);
        virtual.setSensors(true, true);
        Await.until("sensor 2", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.TEMPERATURE_2)).orElse(0.0) == 10.5);
        Telemetry t = device.latestTelemetry().orElseThrow();
        assertEquals(25000, t.get(StandardTelemetry.FOCUSER_POSITION).orElseThrow());
        assertEquals(0, t.get(StandardTelemetry.FOCUSER_STEPS_TO_GO).orElseThrow());
        assertEquals(12.0, t.get(StandardTelemetry.TEMPERATURE_1).orElseThrow());
        assertTrue(t.get(StandardTelemetry.HUMIDITY_1).isPresent() && t.get(StandardTelemetry.DEW_POINT_1).isPresent());
        assertTrue(t.get(StandardTelemetry.HUMIDITY_2).isEmpty(), "the 22-field line has sensor 2's temperature only");
        assertEquals(0, t.get(StandardTelemetry.FOCUSER_PENDING_COMPENSATION).orElseThrow());
        assertTrue(t.get(StandardTelemetry.INPUT_VOLTAGE).isEmpty() && t.get(StandardTelemetry.TOTAL_CURRENT).isEmpty()
                && t.get(StandardTelemetry.pwm(0)).isEmpty() && t.get(StandardTelemetry.output(0)).isEmpty(), "no hub values");
        virtual.setSensors(false, false);
        Await.until("sensors absent", WAIT, () -> device.latestTelemetry().map(x -> x.get(StandardTelemetry.TEMPERATURE_1).isEmpty()
                && x.get(StandardTelemetry.TEMPERATURE_2).isEmpty()).orElse(false));
    }

    @Test
    void settingsGoIntoTheUAndZBlocksAndLimitsAreRefusedBeforeTheWire() throws Exception {
        Focuser f = connect();
        get(f.applySettings(new FocuserSettings(40000, true, 2.5, 20, 800, 1600, 700, 60, StepperMode.MICRO_8)));
        assertArrayEquals(new int[] { 700, 2 }, virtual.motorBlock());
        int[] u = virtual.block();
        assertArrayEquals(new int[] { 40000, 800, 60, 100, 1600, 1, 2, 0, 250 }, java.util.Arrays.copyOf(u, 9));
        assertEquals(new FocuserSettings(40000, true, 2.5, 20, 800, 1600, 700, 60, StepperMode.MICRO_8), f.settings());
        link.faults().clearReceived();
        assertEquals("Motor current 1600 is outside the allowed range 100 to 1500 mA",
                refusal(f.applySettings(new FocuserSettings(40000, true, 2.5, 20, 800, 1600, 1600, 60, StepperMode.MICRO_8))));
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("U") || r.startsWith("Z")), wire().toString());
    }

    @Test
    void movesHaltAndSyncWithTheIndex() throws Exception {
        Focuser f = connect();
        get(f.applySettings(f.settings().withSpeed(4000)));
        get(f.moveTo(26000));
        Await.until("arrived", WAIT, () -> virtual.position() == 26000 && !f.isMoving() && f.position() == 26000);
        get(f.moveTo(45000));
        Await.until("under way", WAIT, () -> virtual.position() > 26050);
        get(f.abort());
        Await.until("stopped", WAIT, () -> !virtual.moving() && !f.isMoving());
        assertTrue(virtual.position() < 45000);
        get(f.sync(1000));
        assertTrue(wire().containsAll(List.of("R:0:26000", "R:0:45000", "H", "P:0:1000")), wire().toString());
        assertEquals(1000, virtual.position());
    }

    @Test
    void buzzerManualControlAndCompensationUseTheirOwnBlocks() throws Exception {
        connect();
        get(device.capability(Buzzer.class).orElseThrow().setEnabled(false));
        assertFalse(virtual.buzzer());
        HandController manual = device.capability(HandController.class).orElseThrow();
        get(manual.setEnabled(false));
        assertFalse(virtual.manualControl());
        assertFalse(manual.isEnabled());
        int i = wire().lastIndexOf("F:0");
        assertEquals("f", wire().get(i + 1), "read back on v1");
        FirmwareCompensation c = device.capability(FirmwareCompensation.class).orElseThrow();
        get(c.configure(new FirmwareCompensation.Config(12.5, 30, 2, true, 60)));
        assertTrue(wire().contains("E:60:1250:1:1:30:"), wire().toString());
        assertArrayEquals(new int[] { 60, 1250, 1, 1, 30 }, virtual.compensationBlock());
        assertEquals(new FirmwareCompensation.Config(12.5, 30, 2, true, 60), c.config());
        get(c.compensateNow(200));
        assertTrue(wire().contains("S:200"));
        // gen1's 8-bit range, a part of the 16-bit threshold of the 2021 firmware (docs/focuserone-implementation.md)
        assertEquals("S:N threshold 5000 is outside the allowed range 0 to 255 steps", refusal(c.compensateNow(5000)));
        assertFalse(wire().contains("S:5000"));
    }

    @Test
    void settingsExportImportCarryTheFocusersBlocksOnly() throws Exception {
        connect();
        DeviceSettings s = device.capability(DeviceSettings.class).orElseThrow();
        Map<String, String> saved = get(s.exportSettings());
        assertEquals(new java.util.TreeSet<>(List.of("device.buzzer", "device.e", "device.handController", "device.u", "device.z")),
                new java.util.TreeSet<>(saved.keySet().stream().filter(k -> k.startsWith("device.") && !k.equals("device.resetOnConnect")).toList()));
        Map<String, String> bad = new TreeMap<>(saved);
        bad.put("device.n", "1090:140:100:100");
        assertEquals("Unknown setting 'device.n' for the FocuserOne v1", refusal(s.importSettings(bad)));
        Map<String, String> edited = new TreeMap<>(saved);
        edited.put("device.z", "900:2");
        get(s.importSettings(edited));
        assertArrayEquals(new int[] { 900, 2 }, virtual.motorBlock());
    }
}
