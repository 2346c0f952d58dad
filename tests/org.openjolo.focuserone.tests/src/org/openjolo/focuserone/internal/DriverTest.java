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
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.FixedAnswers;

/** The FocuserOne v2 driver through the real registry and I/O worker, on the in-memory link (fast). */
class DriverTest extends InMemoryDriverTest {

    DriverTest() {
        super(VirtualFocuserOne.v2(System::nanoTime));
    }

    /** Connected, with the motor at the firmware's top speed so moves end quickly. */
    private Focuser connectFast() throws Exception {
        Focuser f = connect();
        f.applySettings(f.settings().withSpeed(4000)).get(10, TimeUnit.SECONDS);
        link.faults().clearReceived();
        return f;
    }

    /** {@code s} with other motor fields (FocuserSettings has no withers for them). */
    private static FocuserSettings motor(FocuserSettings s, int currentMa, int holdPercent, StepperMode mode) {
        return new FocuserSettings(s.maxPosition(), s.reversed(), s.stepSizeMicrons(), s.backlash(), s.speed(), s.acceleration(), currentMa,
                holdPercent, mode);
    }

    @Test
    void handshakeIdentifiesChecksTheStatusLengthReadsTheBlockAndOffersWhatTheDeviceHas() throws Exception {
        Focuser f = connect();
        assertEquals(List.of("#", "q", "u", "j"), wire().subList(0, 4), "the makers' v2 order");
        assertTrue(wire().stream().noneMatch(r -> r.equals("f") || r.equals("e") || r.equals("z")), "v2 is never asked what only v1 has");
        assertEquals("FocuserOne", device.identity().firmware());
        assertEquals(FocuserOne.MODEL, device.identity().model());
        assertEquals(50000, f.settings().maxPosition());
        assertEquals(5.0, f.settings().stepSizeMicrons());
        assertEquals(250, f.settings().speed());
        assertEquals(400, f.settings().motorCurrentMa());
        assertEquals(0, f.settings().holdTorquePercent(), "hold code 3: off");
        assertEquals(StepperMode.UNIPOLAR, f.settings().mode());
        assertEquals(25000, f.position());
        for (Setting s : List.of(Setting.MAX_POSITION, Setting.STEP_SIZE, Setting.BACKLASH, Setting.REVERSED, Setting.SPEED, Setting.MOTOR_CURRENT,
                Setting.HOLD_TORQUE, Setting.MODE)) {
            assertTrue(f.supports(s), s.name());
        }
        assertFalse(f.supports(Setting.ACCELERATION), "the v2 block has no acceleration field");
        assertEquals(2, device.capability(EnvironmentSensors.class).orElseThrow().sensorCount());
        assertTrue(device.capability(Buzzer.class).orElseThrow().isEnabled());
        assertFalse(device.capability(Buzzer.class).orElseThrow().canBeep(), "no beep request is known");
        assertTrue(device.capability(HandController.class).orElseThrow().isEnabled());
        assertTrue(device.capability(PowerSwitches.class).isEmpty(), "a focuser has no outputs");
        assertEquals(10, device.capability(FirmwareCompensation.class).orElseThrow().config().threshold());
    }

    @Test
    void aFocuserLinkAnAstroLinkAndAFocuserOneV1AreRefusedByNameWithNothingWritten() throws Exception {
        for (String identity : List.of("#:FocuserLink", "#:AstroLink4mini")) {
            InMemoryLink foreign = new InMemoryLink(new FixedAnswers(identity, 38400, Map.of("#", identity, "q", "q:1:0:0:0:0:0:0")));
            ExecutionException e = assertThrows(ExecutionException.class, () -> registry.connect(FocuserOne.FAMILY_ID, foreign).get(10, TimeUnit.SECONDS));
            String message = e.getCause().getMessage();
            assertTrue(message.endsWith(": The device answered '" + identity + "' to the identify request: not a FocuserOne (expected '#:FocuserOne...' at 38400 baud)"),
                    message);
            assertEquals(List.of("#"), foreign.faults().received());
        }
        InMemoryLink v1 = new InMemoryLink(VirtualFocuserOne.v1(System::nanoTime));
        ExecutionException e = assertThrows(ExecutionException.class, () -> registry.connect(FocuserOne.FAMILY_ID, v1).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().endsWith(": The FocuserOne sends 22 status fields where the v2 firmware sends 9: it is a FocuserOne v1, connect it as that"),
                e.getCause().getMessage());
        assertEquals(List.of("#", "q"), v1.faults().received(), "refused before any block is read or written");
        // and a FocuserOne is not a FocuserLink
        InMemoryLink one = new InMemoryLink(VirtualFocuserOne.v2(System::nanoTime));
        ExecutionException asLink = assertThrows(ExecutionException.class, () -> registry.connect(FocuserLink.FAMILY_ID, one).get(10, TimeUnit.SECONDS));
        assertTrue(asLink.getCause().getMessage().contains("not a FocuserLink"), asLink.getCause().getMessage());
    }

    @Test
    void everyStatusFieldGoesIntoItsChannelAndAbsentSensorsLeaveTheirsEmpty() throws Exception {
        connect();
        virtual.setAmbientTemperature(10.0);
        virtual.setSensors(true, true);
        Await.until("sensor 2 reported", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.TEMPERATURE_2)).isPresent());
        // the virtual device's own line and the telemetry taken from the same poll agree field by field
        Telemetry t = device.latestTelemetry().orElseThrow();
        assertEquals(25000, t.get(StandardTelemetry.FOCUSER_POSITION).orElseThrow());
        assertEquals(0, t.get(StandardTelemetry.FOCUSER_STEPS_TO_GO).orElseThrow());
        assertFalse(t.get(StandardTelemetry.FOCUSER_MOVING).orElseThrow());
        assertEquals(10.0, t.get(StandardTelemetry.TEMPERATURE_1).orElseThrow());
        double rh = t.get(StandardTelemetry.HUMIDITY_1).orElseThrow();
        assertTrue(rh > 60 && rh <= 97, "humidity " + rh);
        assertEquals(org.openjolo.core.spi.DewPoint.of(10.0, rh), t.get(StandardTelemetry.DEW_POINT_1).orElseThrow(), 0.06);
        assertEquals(8.5, t.get(StandardTelemetry.TEMPERATURE_2).orElseThrow(), "sensor 2 field 8");
        assertEquals(0, t.get(StandardTelemetry.FOCUSER_PENDING_COMPENSATION).orElseThrow());

        virtual.setSensors(false, false);
        Await.until("no temperature", WAIT, () -> device.latestTelemetry().map(x -> x.get(StandardTelemetry.TEMPERATURE_1).isEmpty()).orElse(false));
        Telemetry none = device.latestTelemetry().orElseThrow();
        assertTrue(none.get(StandardTelemetry.HUMIDITY_1).isEmpty());
        assertTrue(none.get(StandardTelemetry.DEW_POINT_1).isEmpty());
        assertTrue(none.get(StandardTelemetry.TEMPERATURE_2).isEmpty());
        assertTrue(none.get(StandardTelemetry.FOCUSER_POSITION).isPresent());
    }

    @Test
    void everyFocuserSettingGoesIntoItsOwnFieldAndOtherFieldsStayAsTheDeviceHadThem() throws Exception {
        Focuser f = connect();
        get(f.applySettings(new FocuserSettings(40000, true, 2.5, -30, 1200, 0, 800, 100, StepperMode.MICRO_32)));
        assertTrue(wire().contains("U:800:2:1200:3:40000:1:250:0:30:10:0:255:20:30:1:0:0:0:0:"), wire().toString());
        assertArrayEquals(new int[] { 800, 2, 1200, 3, 40000, 1, 250, 0, 30, 10, 0, 255, 20, 30, 1, 0, 0, 0, 0 }, virtual.block());
        FocuserSettings read = f.settings();
        assertEquals(new FocuserSettings(40000, true, 2.5, -30, 1200, 0, 800, 100, StepperMode.MICRO_32), read);
        assertEquals("-30", device.profile().get("focuser.backlash", ""), "backlash is the workbench's");
        get(f.applySettings(motor(read, read.motorCurrentMa(), 0, StepperMode.BIPOLAR)));
        assertEquals(1, virtual.block()[3]);
        assertEquals(3, virtual.block()[1]);
    }

    @Test
    void settingsOutsideTheirLimitsAreRefusedBeforeTheWire() throws Exception {
        Focuser f = connect();
        link.faults().clearReceived();
        FocuserSettings s = f.settings();
        assertEquals("Speed 5000 is outside the allowed range 1 to 4000 pps", refusal(f.applySettings(s.withSpeed(5000))));
        assertEquals("Motor current 1600 is outside the allowed range 100 to 1500 mA", refusal(f.applySettings(motor(s, 1600, 0, s.mode()))));
        assertEquals("Hold torque 40 % is not one the FocuserOne has: 0 % (motor off when stopped) or 100 % (holding)",
                refusal(f.applySettings(motor(s, 400, 40, s.mode()))));
        assertTrue(refusal(f.applySettings(s.withMaxPosition(0))).contains("allowed range 1 to 10000000"));
        assertTrue(refusal(f.applySettings(new FocuserSettings(s.maxPosition(), s.reversed(), 100.5, 0, s.speed(), 0, 400, 0, s.mode()))).contains("allowed range 0 to 100"));
        assertTrue(refusal(f.applySettings(s.withBacklash(100_000))).startsWith("Backlash"));
        FirmwareCompensation c = device.capability(FirmwareCompensation.class).orElseThrow();
        assertTrue(refusal(c.configure(new FirmwareCompensation.Config(1, 2000, 1, false, 30))).contains("1 to 1000"));
        assertTrue(refusal(c.configure(new FirmwareCompensation.Config(1001, 20, 1, false, 30))).contains("-1000 to 1000"));
        assertTrue(refusal(c.configure(new FirmwareCompensation.Config(1, 20, 1, false, 0))).contains("1 to 3600"));
        assertTrue(refusal(c.compensateNow(70000)).contains("0 to 65535"));
        assertTrue(refusal(c.configure(new FirmwareCompensation.Config(1, 20, 3, false, 30))).contains("not one of this device's temperature sensors"));
        assertTrue(refusal(f.moveTo(50001)).contains("outside the focuser's range 0 to 50000"));
        assertTrue(refusal(f.sync(-1)).contains("outside the focuser's range 0 to 50000"));
        assertTrue(wire().stream().noneMatch(r -> !r.equals("q")), "only polls reached the wire: " + wire());
    }

    @Test
    void aMoveArrivesAndIsMovingFromTheAcknowledgement() throws Exception {
        Focuser f = connectFast();
        get(f.moveTo(27000));
        assertTrue(f.isMoving());
        assertTrue(wire().contains("R:0:27000"), wire().toString());
        Await.until("arrived", WAIT, () -> virtual.position() == 27000 && !f.isMoving() && f.position() == 27000);
    }

    @Test
    void haltStopsAMoveMidwayAndSyncSendsThePositionWithoutIndex() throws Exception {
        Focuser f = connect();
        get(f.moveTo(45000));
        Await.until("under way", WAIT, () -> virtual.position() > 25020);
        get(f.abort());
        assertTrue(wire().contains("H"));
        Await.until("stopped", WAIT, () -> !f.isMoving() && !virtual.moving());
        int stoppedAt = virtual.position();
        assertTrue(stoppedAt > 25000 && stoppedAt < 45000, "stopped at " + stoppedAt);
        get(f.sync(12345));
        assertTrue(wire().contains("P:12345"), wire().toString());
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("P:0:")), "v2's sync has no index");
        assertEquals(12345, virtual.position());
        assertEquals(12345, f.position());
    }

    @Test
    void backlashGoesPastTheTargetAndComesBack() throws Exception {
        Focuser f = connectFast();
        get(f.applySettings(f.settings().withBacklash(-50)));
        link.faults().clearReceived();
        get(f.moveTo(24000));
        Await.until("arrived", WAIT, () -> !f.isMoving() && virtual.position() == 24000);
        assertEquals(List.of("R:0:23950", "R:0:24000"), wire().stream().filter(r -> r.startsWith("R")).toList());
    }

    @Test
    void buzzerAndManualControlAreSwitchedOnTheWire() throws Exception {
        connect();
        Buzzer buzzer = device.capability(Buzzer.class).orElseThrow();
        get(buzzer.setEnabled(false));
        int i = wire().lastIndexOf("J:0:");
        assertTrue(i >= 0 && wire().get(i + 1).equals("j"), "written, then read back: " + wire());
        assertFalse(buzzer.isEnabled());
        assertFalse(virtual.buzzer());
        HandController manual = device.capability(HandController.class).orElseThrow();
        get(manual.setEnabled(false));
        assertTrue(wire().contains("F:0"));
        assertFalse(wire().contains("f"), "the v2 firmware is not asked for it");
        assertFalse(manual.isEnabled());
        assertFalse(virtual.manualControl());
        get(manual.setEnabled(true));
        assertTrue(virtual.manualControl());
    }

    @Test
    void compensationLivesInTheBlockAndSnTriggersTheFirmware() throws Exception {
        Focuser f = connectFast();
        FirmwareCompensation c = device.capability(FirmwareCompensation.class).orElseThrow();
        virtual.setAmbientTemperature(10.0);
        get(c.configure(new FirmwareCompensation.Config(35.5, 20, 1, false, 30)));
        assertTrue(wire().contains("U:400:3:4000:0:50000:0:500:3550:30:20:0:255:20:30:1:0:0:0:0:"), wire().toString());
        assertEquals(35.5, c.config().coefficient());
        assertEquals(20, c.config().threshold());
        // a move re-references the temperature; then 2 °C colder: 71 steps inward pending
        get(f.moveTo(25000));
        virtual.setAmbientTemperature(8.0);
        Await.until("pending -71", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.FOCUSER_PENDING_COMPENSATION)).orElse(0) == -71);
        get(c.compensateNow(100));
        assertTrue(wire().contains("S:100"));
        assertEquals(25000, virtual.position(), "71 steps do not exceed 100");
        get(c.compensateNow(20));
        Await.until("compensated", WAIT, () -> virtual.position() == 24929 && !f.isMoving());
        // automatic: the firmware applies it by itself past the trigger
        get(c.configure(new FirmwareCompensation.Config(35.5, 20, 1, true, 30)));
        assertEquals(1, virtual.block()[10]);
        virtual.setAmbientTemperature(6.0);
        Await.until("applied by the firmware", WAIT, () -> virtual.position() == 24858, () -> "at " + virtual.position());
    }

    @Test
    void settingsExportImportRefuseEveryFieldOutsideItsLimitAndLeaveTheDeviceAlone() throws Exception {
        Focuser f = connect();
        DeviceSettings s = device.capability(DeviceSettings.class).orElseThrow();
        Map<String, String> saved = get(s.exportSettings());
        assertEquals("400:3:250:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0", saved.get("device.u"));
        assertEquals("1", saved.get("device.buzzer"));
        get(f.applySettings(f.settings().withMaxPosition(45000)));

        Map<String, String> refusals = Map.of(
                "1600:3:250:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0", "Motor current 1600 is outside the allowed range 100 to 1500 mA",
                "400:4:250:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0", "hold code 4 is outside the allowed range 0 to 3",
                "400:3:0:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0", "Speed 0 is outside the allowed range 1 to 4000 pps",
                "400:3:250:4:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0", "stepper mode 4 is outside the allowed range 0 to 3",
                "400:3:250:0:50000:0:10001:0:30:10:0:255:20:30:1:0:0:0:0", "Step size 100.01 is outside the allowed range 0 to 100 µm",
                "400:3:250:0:50000:0:500:100001:30:10:0:255:20:30:1:0:0:0:0", "is outside the allowed range -1000 to 1000 steps/°C",
                "400:3:250:0:50000:0:500:0:0:10:0:255:20:30:1:0:0:0:0", "0 is outside the allowed range 1 to 3600 s",
                "400:3:250:0:50000:0:500:0:30:2000:0:255:20:30:1:0:0:0:0", "Compensation threshold 2000 is outside the allowed range 1 to 1000 steps",
                "400:3:250:0:50000:0:500:0:30:10:0:256:20:30:1:0:0:0:0", "display contrast 256 is outside the allowed range 0 to 255",
                "400:3:250:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0", "needs 19 values separated by ':', found 18");
        for (Map.Entry<String, String> r : refusals.entrySet()) {
            Map<String, String> bad = new TreeMap<>(saved);
            bad.put("device.u", r.getKey());
            link.faults().clearReceived();
            String message = refusal(s.importSettings(bad));
            assertTrue(message.startsWith("Setting 'device.u'") && message.contains(r.getValue()), message);
            assertTrue(wire().stream().noneMatch(w -> w.startsWith("U") || w.startsWith("J")), "nothing written");
        }
        Map<String, String> unknown = new TreeMap<>(saved);
        unknown.put("device.e", "30:0:0:0:10");
        assertEquals("Unknown setting 'device.e' for a FocuserOne: it takes device.u, device.buzzer and profile.* entries", refusal(s.importSettings(unknown)));
        assertEquals(45000, virtual.block()[4]);

        Map<String, String> edited = new TreeMap<>(saved);
        edited.put("device.u", "500:2:300:2:48000:1:100:250:30:15:1:200:10:60:0:1:100:1:5");
        edited.put("device.buzzer", "0");
        get(s.importSettings(edited));
        assertArrayEquals(new int[] { 500, 2, 300, 2, 48000, 1, 100, 250, 30, 15, 1, 200, 10, 60, 0, 1, 100, 1, 5 }, virtual.block());
        assertFalse(virtual.buzzer());
        assertEquals(48000, f.settings().maxPosition());
        assertEquals(2.5, device.capability(FirmwareCompensation.class).orElseThrow().config().coefficient());

        get(device.capability(HandController.class).orElseThrow().setEnabled(false));
        get(s.factoryReset());
        assertArrayEquals(new int[] { 400, 3, 250, 0, 50000, 0, 500, 0, 30, 10, 0, 255, 20, 30, 1, 0, 0, 0, 0 }, virtual.block());
        assertTrue(virtual.buzzer());
        assertTrue(virtual.manualControl());
        assertTrue(device.capability(HandController.class).orElseThrow().isEnabled());
    }
}
