package org.openjolo.astrolink4.internal;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.capability.SkyCondition;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/**
 * Every capability of the AstroLink 4 USB through jSerialComm on a pseudo-terminal: set, read back, effect in
 * telemetry, and the exact requests on the wire.
 */
class CapabilitiesEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualAstroLink4 virtual = new VirtualAstroLink4(System::nanoTime);
    private SimulatedDevice sim;
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        sim = Hosts.host(virtual, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyCaps")));
        device = registry.connect(AstroLink4.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        // a fresh profile: these tests share the link name across runs
        device.profile().putAll(device.profile().all().keySet().stream().collect(java.util.HashMap::new, (m, k) -> m.put(k, null), java.util.Map::putAll));
    }

    @AfterEach
    void disconnect() throws Exception {
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        sim.close();
    }

    private <C extends org.openjolo.core.Capability> C cap(Class<C> type) {
        return device.capability(type).orElseThrow();
    }

    private void awaitTelemetry(String what, Predicate<Telemetry> condition) {
        Await.until(what, WAIT, () -> device.latestTelemetry().map(condition::test).orElse(false),
                () -> device.latestTelemetry().map(Object::toString).orElse("no telemetry"));
    }

    private static DeviceException refused(java.util.concurrent.CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(DeviceException.class, e.getCause());
    }

    @Test
    void outputsSwitchAndRememberTheirPowerUpState() throws Exception {
        PowerSwitches out = cap(PowerSwitches.class);
        assertEquals(3, out.count());
        out.set(1, true).get(10, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().contains("C:1:1"));
        awaitTelemetry("output 2 on", t -> t.get(StandardTelemetry.output(1)).orElse(false));
        assertTrue(out.isOn(1));

        out.setPowerOnState(2, true).get(10, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().stream().anyMatch(r -> r.startsWith("U:") && r.endsWith(":1:0:1:")), sim.faults().received().toString());
        assertTrue(out.powerOnState(2));
        assertEquals(1, SettingsBlock.parse('u', 17, virtual.handle("u")).get(17), "stored in the device");

        sim.faults().clearReceived();
        DeviceException e = refused(out.set(3, true));
        assertEquals("Output number 4 is outside the allowed range 1 to 3", e.getMessage());
        assertTrue(sim.faults().received().stream().noneMatch(r -> r.startsWith("C")));
    }

    @Test
    void pwmDutyFrequencyAndTheAutomaticModes() throws Exception {
        PwmOutputs pwm = cap(PwmOutputs.class);
        pwm.setDuty(0, 40).get(10, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().contains("B:0:40"));
        awaitTelemetry("PWM A at 40 %", t -> t.get(StandardTelemetry.pwm(0)).orElse(-1) == 40);

        assertEquals(122, pwm.frequency(), "prescaler 0 in the makers' default block");
        pwm.setFrequency(490).get(10, TimeUnit.SECONDS);
        assertEquals(490, pwm.frequency());
        assertEquals(1, SettingsBlock.parse('u', 17, virtual.handle("u")).get(Blocks.U_PWM_PRESCALER));
        assertTrue(refused(pwm.setFrequency(1000)).getMessage().contains("[122, 490, 4000, 31000]"));
        assertEquals(Reason.INVALID_VALUE, refused(pwm.setDuty(1, 101)).reason());

        // HEAT: duty from relative humidity (sensor 1 is at about 62 %)
        pwm.applySettings(1, new PwmSettings(PwmMode.HEAT, 80, 50, 2, 5, false)).get(10, TimeUnit.SECONDS);
        awaitTelemetry("PWM B following humidity", t -> {
            double rh = t.get(StandardTelemetry.HUMIDITY_1).orElse(0.0);
            int expected = (int) Math.round((rh - 50) / 50 * 80);
            return Math.abs(t.get(StandardTelemetry.pwm(1)).orElse(-1) - expected) <= 1 && expected > 0;
        });
        // AUTO: hold sensor 2 (about 16.5 °C) at 25 °C, direct action: full power
        pwm.applySettings(1, new PwmSettings(PwmMode.AUTO, 80, 50, 2, 25, false)).get(10, TimeUnit.SECONDS);
        awaitTelemetry("PWM B at full power", t -> t.get(StandardTelemetry.pwm(1)).orElse(-1) == 100);
        // reversed action on the same error: off
        pwm.applySettings(1, new PwmSettings(PwmMode.AUTO, 80, 50, 2, 25, true)).get(10, TimeUnit.SECONDS);
        awaitTelemetry("PWM B off", t -> t.get(StandardTelemetry.pwm(1)).orElse(-1) == 0);
        assertEquals(PwmMode.AUTO, pwm.settings(1).mode());
        assertEquals(Reason.INVALID_VALUE, refused(pwm.applySettings(1, new PwmSettings(PwmMode.AUTO, 80, 50, 3, 25, true))).reason());
        pwm.setDuty(1, 10).get(10, TimeUnit.SECONDS);
        assertEquals(PwmMode.MANUAL, pwm.settings(1).mode(), "a manual duty leaves the automatic mode");
    }

    @Test
    void pwmStartupValuesAreSetWhenTheDeviceWasJustPowered() throws Exception {
        PwmOutputs pwm = cap(PwmOutputs.class);
        assertEquals(-1, pwm.startupDuty(0));
        pwm.setStartupDuty(0, 30);
        assertThrows(IllegalArgumentException.class, () -> pwm.setStartupDuty(0, 120));
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        virtual.powerCycle();
        sim.faults().clearReceived();
        device = registry.connect(AstroLink4.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().contains("B:0:30"), sim.faults().received().toString());
        awaitTelemetry("PWM A at its startup value", t -> t.get(StandardTelemetry.pwm(0)).orElse(-1) == 30);
        assertEquals(0, device.latestTelemetry().orElseThrow().get(StandardTelemetry.pwm(1)).orElseThrow(), "PWM B has none");
    }

    @Test
    void protectionSettingsAreWrittenInTenthsAndReadBack() throws Exception {
        PowerMonitor power = cap(PowerMonitor.class);
        assertEquals(new ProtectionSettings(14.0, 10.0, 100, 1.077), power.protection());
        power.applyProtection(new ProtectionSettings(13.5, 5, 50, 1.1)).get(10, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().contains("N:1100:135:50:50:"), sim.faults().received().toString());
        assertEquals(new ProtectionSettings(13.5, 5.0, 50, 1.1), power.protection());
        DeviceException e = refused(power.applyProtection(new ProtectionSettings(15, 5, 50, 1.1)));
        assertEquals("Over-voltage level 15 is outside the allowed range 10 to 14 V", e.getMessage());
    }

    @Test
    void overCurrentTripsTheProtectionAndNothingElseChanges() throws Exception {
        PowerSwitches out = cap(PowerSwitches.class);
        PwmOutputs pwm = cap(PwmOutputs.class);
        PowerMonitor power = cap(PowerMonitor.class);
        out.set(0, true).get(10, TimeUnit.SECONDS);
        out.set(2, true).get(10, TimeUnit.SECONDS);
        pwm.setDuty(0, 60).get(10, TimeUnit.SECONDS);
        awaitTelemetry("outputs on", t -> t.get(StandardTelemetry.output(0)).orElse(false) && t.get(StandardTelemetry.pwm(0)).orElse(0) == 60);
        String u = virtual.handle("u");
        String n = virtual.handle("n");
        int position = cap(Focuser.class).position();

        virtual.setExtraLoad(11.0);
        awaitTelemetry("the trip", t -> t.has(StandardTelemetry.PROTECTION_TRIP));
        virtual.setExtraLoad(0);
        Telemetry t = device.latestTelemetry().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertFalse(t.get(StandardTelemetry.output(i)).orElseThrow(), "output " + (i + 1) + " off");
        }
        assertEquals(0, t.get(StandardTelemetry.pwm(0)).orElseThrow());
        PowerMonitor.Trip trip = power.trip().orElseThrow();
        assertEquals(PowerMonitor.Trip.Kind.OVER_CURRENT, trip.kind());
        assertTrue(trip.value() > 10, "the current that tripped: " + trip.value());
        assertTrue(t.get(StandardTelemetry.PROTECTION_TRIP).orElseThrow().startsWith("Over-current protection: the total current reached"));
        assertEquals(u, virtual.handle("u"), "settings untouched");
        assertEquals(n, virtual.handle("n"), "protection settings untouched");
        assertEquals(position, cap(Focuser.class).position(), "focuser untouched");

        out.set(0, true).get(10, TimeUnit.SECONDS);
        awaitTelemetry("trip cleared by switching on again", x -> !x.has(StandardTelemetry.PROTECTION_TRIP));
    }

    @Test
    void currentCalibrationNeedsEverythingOffAndZeroesTheReading() throws Exception {
        PowerMonitor power = cap(PowerMonitor.class);
        cap(PowerSwitches.class).set(0, true).get(10, TimeUnit.SECONDS);
        assertEquals(Reason.BUSY, refused(power.calibrateCurrent()).reason());
        cap(PowerSwitches.class).set(0, false).get(10, TimeUnit.SECONDS);
        power.calibrateCurrent().get(10, TimeUnit.SECONDS);
        awaitTelemetry("zero current", t -> t.get(StandardTelemetry.TOTAL_CURRENT).orElse(1.0) < 0.02);
    }

    @Test
    void backlashGoesPastTheTargetAndComesBackOnlyInItsDirection() throws Exception {
        Focuser f = cap(Focuser.class);
        f.applySettings(f.settings().withSpeed(3000).withAcceleration(6000).withBacklash(200)).get(10, TimeUnit.SECONDS);
        assertEquals(200, f.settings().backlash());
        sim.faults().clearReceived();
        f.moveTo(12000).get(10, TimeUnit.SECONDS);
        awaitTelemetry("arrival at 12000", t -> t.get(StandardTelemetry.FOCUSER_POSITION).orElse(0) == 12000 && !f.isMoving());
        List<String> moves = sim.faults().received().stream().filter(r -> r.startsWith("R")).toList();
        assertEquals(List.of("R:0:12200", "R:0:12000"), moves, "outward: past the target, then back");
        sim.faults().clearReceived();
        f.moveTo(11000).get(10, TimeUnit.SECONDS);
        awaitTelemetry("arrival at 11000", t -> t.get(StandardTelemetry.FOCUSER_POSITION).orElse(0) == 11000 && !f.isMoving());
        assertEquals(List.of("R:0:11000"), sim.faults().received().stream().filter(r -> r.startsWith("R")).toList(), "inward: straight");
    }

    @Test
    void settingsSaveToAFileAndLoadBackAndBadFilesAreRefused() throws Exception {
        org.openjolo.core.capability.DeviceSettings settings = cap(org.openjolo.core.capability.DeviceSettings.class);
        Focuser f = cap(Focuser.class);
        device.profile().put(org.openjolo.core.ProfileKeys.outputLabel(0), "Mount");
        f.applySettings(f.settings().withSpeed(333)).get(10, TimeUnit.SECONDS);
        java.util.Map<String, String> saved = settings.exportSettings().get(10, TimeUnit.SECONDS);
        assertEquals("25000:333:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0", saved.get("device.u"));
        assertEquals("Mount", saved.get("profile.output.1.label"));
        Path file = dir.resolve("my-astrolink.json");
        org.openjolo.core.store.SettingsFile.save(file, AstroLink4.FAMILY_ID, AstroLink4.MODEL, saved);

        f.applySettings(f.settings().withSpeed(1000)).get(10, TimeUnit.SECONDS);
        device.profile().put(org.openjolo.core.ProfileKeys.outputLabel(0), "Camera");
        settings.importSettings(org.openjolo.core.store.SettingsFile.load(file, AstroLink4.FAMILY_ID)).get(10, TimeUnit.SECONDS);
        assertEquals(333, f.settings().speed(), "read back after the import");
        assertEquals("Mount", device.profile().get(org.openjolo.core.ProfileKeys.outputLabel(0), ""));

        sim.faults().clearReceived();
        java.util.Map<String, String> bad = new java.util.TreeMap<>(saved);
        bad.put("device.u", "25000:5000:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0");
        DeviceException e = refused(settings.importSettings(bad));
        assertEquals("Setting 'device.u': Speed 5000 is outside the allowed range 1 to 4000 pps", e.getMessage());
        assertTrue(sim.faults().received().isEmpty(), "nothing written: " + sim.faults().received());
        java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"format\": \"openjolo-device-settings/1\", \"family\": ");
        java.io.IOException damaged = assertThrows(java.io.IOException.class,
                () -> org.openjolo.core.store.SettingsFile.load(dir.resolve("broken.json"), AstroLink4.FAMILY_ID));
        assertTrue(damaged.getMessage().startsWith("broken.json is damaged or not a settings file"), damaged.getMessage());
        java.io.IOException other = assertThrows(java.io.IOException.class,
                () -> org.openjolo.core.store.SettingsFile.load(file, "focuserlink"));
        assertEquals("my-astrolink.json holds settings of a 'astrolink4' device, not of a 'focuserlink' device", other.getMessage());
    }

    @Test
    void factoryResetWritesTheDefaultsAndManualControlToggles() throws Exception {
        Focuser f = cap(Focuser.class);
        f.applySettings(f.settings().withSpeed(1234).withMaxPosition(40000)).get(10, TimeUnit.SECONDS);
        org.openjolo.core.capability.HandController hand = cap(org.openjolo.core.capability.HandController.class);
        hand.setEnabled(true).get(10, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().contains("F:1"));
        assertTrue(hand.isEnabled());
        // a unit calibrated to read its voltage right (ADC reference 1.050 V), with other protection levels
        assertEquals("N:", virtual.handle("N:1050:130:90:50:"));
        cap(org.openjolo.core.capability.DeviceSettings.class).factoryReset().get(10, TimeUnit.SECONDS);
        assertEquals("u:25000:220:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0", virtual.handle("u"));
        assertEquals("n:1050:140:100:100", virtual.handle("n"), "the protection's defaults, the unit's calibration kept");
        assertEquals("z:400:3", virtual.handle("z"));
        assertEquals(220, f.settings().speed());
        assertFalse(hand.isEnabled());
    }

    @Test
    void buzzerSkyConditionAndSqmCalibration() throws Exception {
        Buzzer buzzer = cap(Buzzer.class);
        assertTrue(buzzer.isEnabled());
        buzzer.setEnabled(false).get(10, TimeUnit.SECONDS);
        assertTrue(sim.faults().received().containsAll(List.of("J:0:", "j")));
        assertFalse(buzzer.isEnabled());
        assertEquals("j:0", virtual.handle("j"));

        SkySensors sky = cap(SkySensors.class);
        awaitTelemetry("sky readings", t -> t.has(StandardTelemetry.SKY_AMBIENT_DIFFERENCE) && t.has(StandardTelemetry.SKY_QUALITY));
        double diff = device.latestTelemetry().orElseThrow().get(StandardTelemetry.SKY_AMBIENT_DIFFERENCE).orElseThrow();
        assertEquals(SkyCondition.of(diff, SkyCondition.DEFAULT_THRESHOLDS), sky.condition().orElseThrow());
        sky.setCloudThresholds(new double[] { 30, 35, 40, 45 });
        assertEquals(SkyCondition.OVERCAST, sky.condition().orElseThrow(), "a difference of " + diff + " is below 30");
        assertThrows(IllegalArgumentException.class, () -> sky.setCloudThresholds(new double[] { 10, 5, 20, 25 }));

        double raw = device.latestTelemetry().orElseThrow().get(StandardTelemetry.SKY_QUALITY).orElseThrow();
        sky.setSqmCalibration(new SkySensors.SqmCalibration(1.0, 1.0));
        awaitTelemetry("calibrated sky brightness", t -> Math.abs(t.get(StandardTelemetry.SKY_QUALITY).orElse(0.0) - (raw + 1.0)) < 0.2);
        assertThrows(IllegalArgumentException.class, () -> sky.setSqmCalibration(new SkySensors.SqmCalibration(9, 1)));
    }
}
