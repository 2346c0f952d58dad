package org.openjolo.astrolink4mini2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.astrojolo.gen2.testing.Gen2Bench;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.ProfileKeys;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.ManualClock;
import org.openjolo.testing.Services;

/** The mini II through the real registry and I/O worker, on the in-memory link. */
class Mini2DriverTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private VirtualGen2Device virtual;
    private InMemoryLink link;
    private Device device;

    private Device connect(LongSupplier clock) throws Exception {
        virtual = new VirtualGen2Device(clock, AstroLink4Mini2Family.DEVICE);
        link = new InMemoryLink(virtual);
        device = registry.connect(AstroLink4Mini2.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        return device;
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            // every test connects the same in-memory address: the next one starts with no backlash or labels
            List.copyOf(device.profile().all().keySet()).forEach(k -> device.profile().put(k, null));
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
    }

    private List<String> wire() {
        return link.faults().received();
    }

    /** What was sent apart from the worker's polls, which run between commands. */
    private List<String> commands() {
        return wire().stream().filter(r -> !r.equals("q")).toList();
    }

    private Focuser focuser(String id) {
        return device.capability(Focuser.class, id).orElseThrow();
    }

    private static String refusal(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
        return e.getCause().getMessage();
    }

    @Test
    void handshakeChecksTheDeviceCodeReadsTheBlockAndDescribesTheMiniTwo() throws Exception {
        connect(System::nanoTime);
        assertEquals(List.of("#", "q", "u"), wire().subList(0, 3));
        assertEquals(AstroLink4Mini2.MODEL, device.identity().model());
        assertEquals("AstroLink4mini", device.identity().firmware());
        DeviceDescription d = device.description();
        List<CapabilityDescription> focusers = d.of(Focuser.class);
        assertEquals(List.of("focuser", "focuser2"), focusers.stream().map(CapabilityDescription::id).toList());
        assertEquals(List.of("Focuser 1", "Focuser 2"), focusers.stream().map(CapabilityDescription::name).toList());
        assertEquals("focuser2.position", focusers.get(1).channel(Quantities.POSITION).orElseThrow().id());
        assertEquals(3, d.first(PowerSwitches.class).orElseThrow().channels(Quantities.SWITCH).size());
        assertEquals(2, d.first(PwmOutputs.class).orElseThrow().channels(Quantities.DUTY).size());
        assertEquals(4, d.first(PowerMonitor.class).orElseThrow().settings().size(), "the protection settings of the block");
        assertEquals(2, d.sensors().size());
        assertTrue(d.has(SkySensors.class));
        Channel<?> regulated = d.first(RegulatedOutput.class).orElseThrow().channel(Quantities.OUTPUT_VOLTAGE).orElseThrow();
        assertEquals("3 to 10 V", regulated.range().orElseThrow().range());
        assertFalse(regulated.writable(), "no public request sets it");
        for (Setting s : Setting.values()) {
            assertTrue(focuser("focuser2").supports(s), s + " is in the block");
        }
        FocuserSettings two = focuser("focuser2").settings();
        assertEquals(new FocuserSettings(80000, false, 0.18, 0, 800, 800, 1200, 50, StepperMode.MICRO_32), two, "the makers' simulated block");
        assertEquals(10000, focuser("focuser").settings().maxPosition());
    }

    @Test
    void everyStatusFieldGoesIntoItsChannel() throws Exception {
        ManualClock clock = new ManualClock();
        connect(clock);
        virtual.setAmbientTemperature(6.5);
        virtual.setRegulatedOutput(true, 7.5);
        Status s = Status.parse(virtual.handle("q"), "AL4MII");
        Await.until("a poll with the held temperature", WAIT,
                () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.TEMPERATURE_1)).orElse(0.0) == s.sensor1().temperature());
        Telemetry t = device.latestTelemetry().orElseThrow();
        DeviceDescription d = device.description();
        assertEquals(s.positions()[0], t.get(d.instance("focuser").orElseThrow().channel(Quantities.POSITION, Integer.class).orElseThrow().key()).orElseThrow());
        assertEquals(s.positions()[1], t.get(d.instance("focuser2").orElseThrow().channel(Quantities.POSITION, Integer.class).orElseThrow().key()).orElseThrow());
        assertEquals(20000, s.positions()[1]);
        assertEquals(7.5, t.get(StandardTelemetry.REGULATED_VOLTAGE).orElseThrow());
        Gen2Bench.assertDeviceWideChannels(s, t);

        virtual.setSensors(false, false, false, false);
        Await.until("the sensors gone", WAIT, () -> device.latestTelemetry().flatMap(x -> x.get(StandardTelemetry.TEMPERATURE_1)).isEmpty());
        Telemetry none = device.latestTelemetry().orElseThrow();
        for (var key : List.of(StandardTelemetry.HUMIDITY_1, StandardTelemetry.TEMPERATURE_2, StandardTelemetry.SKY_TEMPERATURE, StandardTelemetry.SKY_QUALITY)) {
            assertTrue(none.get(key).isEmpty(), key.id() + " is absent, never 0");
        }
    }

    @Test
    void eachFocuserMovesHaltsAndSyncsByItsIndexAndTheOtherStays() throws Exception {
        connect(System::nanoTime);
        Focuser one = focuser("focuser");
        Focuser two = focuser("focuser2");
        two.moveTo(20400).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("R:1:20400"), wire().toString());
        assertTrue(two.isMoving(), "moving from the acknowledgement on");
        assertFalse(one.isMoving());
        Await.until("focuser 2 arrived", WAIT, () -> !two.isMoving() && two.position() == 20400, () -> "at " + two.position());
        assertEquals(5000, virtual.position(0), "focuser 1 stayed");

        one.moveTo(5300).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("R:0:5300"));
        Await.until("focuser 1 arrived", WAIT, () -> !one.isMoving() && one.position() == 5300, () -> "at " + one.position());
        assertEquals(20400, virtual.position(1));

        two.moveTo(70000).get(10, TimeUnit.SECONDS);
        Await.until("focuser 2 under way", WAIT, () -> virtual.position(1) > 20600);
        two.abort().get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("H:1"), wire().toString());
        Await.until("focuser 2 stopped", WAIT, () -> !virtual.moving(1) && !two.isMoving());
        assertTrue(virtual.position(1) < 70000, "stopped short at " + virtual.position(1));
        assertEquals(5300, virtual.position(0));

        two.sync(1000).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("P:1:1000"));
        assertEquals(1000, virtual.position(1));
        assertEquals(5300, virtual.position(0));

        link.faults().clearReceived();
        assertEquals("Target position 80001 is outside the focuser's range 0 to 80000 (maximum position)", refusal(two.moveTo(80001)));
        assertEquals("Target position 10001 is outside the focuser's range 0 to 10000 (maximum position)", refusal(one.moveTo(10001)));
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("R")), wire().toString());
    }

    @Test
    void focuserSettingsAreWrittenInTheirOwnFieldsOfTheWholeBlock() throws Exception {
        connect(System::nanoTime);
        Focuser two = focuser("focuser2");
        link.faults().clearReceived();
        assertEquals("Speed 5000 is outside the allowed range 1 to 4000 pps", refusal(two.applySettings(two.settings().withSpeed(5000))));
        FocuserSettings s = two.settings();
        FocuserSettings bipolar = new FocuserSettings(s.maxPosition(), s.reversed(), s.stepSizeMicrons(), 0, s.speed(), s.acceleration(),
                s.motorCurrentMa(), s.holdTorquePercent(), StepperMode.BIPOLAR);
        assertEquals("Stepper type Bipolar is not one the AstroLink 4 mini II drives: choose Unipolar, Micro-step 1/8, Micro-step 1/32", refusal(two.applySettings(bipolar)));
        FocuserSettings current = new FocuserSettings(s.maxPosition(), s.reversed(), s.stepSizeMicrons(), 0, s.speed(), s.acceleration(), 2500,
                s.holdTorquePercent(), s.mode());
        assertEquals("Motor current 2500 is outside the allowed range 100 to 2000 mA", refusal(two.applySettings(current)));
        assertTrue(commands().isEmpty(), "refused before the wire: " + wire());

        FocuserSettings wanted = new FocuserSettings(60000, true, 0.25, 12, 400, 2000, 405, 20, StepperMode.MICRO_8);
        two.applySettings(wanted).get(10, TimeUnit.SECONDS);
        assertEquals("U:1:1:80:40:30:20:200:400:200:2000:0:1:10000:60000:0:1:50:25:30:15:5:10:10:0:1:0:0:0:0:0:0:0:40:90:10:1100:14000:10000:100:0:",
                commands().get(1), "focuser 2's fields only, the current truncated to tens of mA as the makers' driver does: " + wire());
        assertEquals(List.of("u", commands().get(1), "u"), commands().subList(0, 3), "read, modify, write, read back");
        assertEquals(new FocuserSettings(60000, true, 0.25, 12, 400, 2000, 400, 20, StepperMode.MICRO_8), two.settings());
        assertEquals(200, focuser("focuser").settings().speed(), "focuser 1 untouched");
    }

    @Test
    void theSettingsDocumentRoundTripsAndAnImportOutsideALimitIsRefusedBeforeTheWire() throws Exception {
        connect(System::nanoTime);
        DeviceSettings settings = device.capability(DeviceSettings.class).orElseThrow();
        Map<String, String> all = settings.exportSettings().get(10, TimeUnit.SECONDS);
        assertEquals(Block.DEFAULTS, all.get("device.u"));

        link.faults().clearReceived();
        String tooFast = Block.DEFAULTS.replace(":200:800:200:800:", ":200:5000:200:800:");
        assertEquals("Setting 'device.u': Focuser 2 speed 5000 is outside the allowed range 1 to 4000 pps", refusal(settings.importSettings(Map.of("device.u", tooFast))));
        String overVoltage = Block.DEFAULTS.replace(":1100:14000:", ":1100:15000:");
        assertEquals("Setting 'device.u': Over-voltage level 15 is outside the allowed range 10 to 14 V",
                refusal(settings.importSettings(Map.of("device.u", overVoltage))));
        assertEquals("Setting 'device.u' needs 40 values separated by ':', found 39",
                refusal(settings.importSettings(Map.of("device.u", Block.DEFAULTS.substring(2)))));
        assertTrue(commands().isEmpty(), "nothing written: " + wire());

        String slower = Block.DEFAULTS.replace(":200:800:200:800:", ":150:600:200:800:");
        settings.importSettings(Map.of("device.u", slower, "profile." + ProfileKeys.outputLabel(0), "Camera")).get(10, TimeUnit.SECONDS);
        assertEquals("U:" + slower + ":", commands().get(0));
        assertEquals(150, virtual.setting(Block.SPEED));
        assertEquals(600, virtual.setting(Block.of(Block.SPEED, 1)));
        assertEquals(600, focuser("focuser2").settings().speed(), "read back after the write");
        assertEquals("Camera", device.profile().get(ProfileKeys.outputLabel(0), ""));
        assertEquals(slower, settings.exportSettings().get(10, TimeUnit.SECONDS).get("device.u"));
    }

    @Test
    void outputsPwmPowerUpStatesAndTheRegulatedOutput() throws Exception {
        connect(System::nanoTime);
        PowerSwitches outputs = device.capability(PowerSwitches.class).orElseThrow();
        outputs.set(2, true).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("C:2:1"));
        assertTrue(virtual.output(2));
        Await.until("output 3 on in telemetry", WAIT, () -> outputs.isOn(2));
        outputs.setPowerOnState(1, true).get(10, TimeUnit.SECONDS);
        assertEquals(1, virtual.setting(Block.OUTPUT1_DEFAULT + 1));
        assertTrue(outputs.powerOnState(1));

        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        pwm.setDuty(0, 40).get(10, TimeUnit.SECONDS);
        pwm.setDuty(1, 0).get(10, TimeUnit.SECONDS);
        assertTrue(wire().containsAll(List.of("B:0:40", "B:1:0")), wire().toString());
        Await.until("PWM A at 40 % in telemetry", WAIT, () -> pwm.duty(0) == 40);
        link.faults().clearReceived();
        assertEquals(StandardCapabilities.DUTY.refusal("PWM B", 101), refusal(pwm.setDuty(1, 101)));
        pwm.setFrequency(490).get(10, TimeUnit.SECONDS);
        assertEquals(1, virtual.setting(Block.PWM_PRESCALER));
        assertEquals(490, pwm.frequency());

        RegulatedOutput regulated = device.capability(RegulatedOutput.class).orElseThrow();
        virtual.setRegulatedOutput(true, 9.0);
        Await.until("the regulated voltage read", WAIT, () -> regulated.voltage() == 9.0);
        assertTrue(regulated.isOn());
        link.faults().clearReceived();
        assertEquals("Regulated output 12 is outside the allowed range 3 to 10 V", refusal(regulated.setVoltage(12)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> regulated.setVoltage(5).get(5, TimeUnit.SECONDS));
        assertEquals(DeviceException.Reason.NOT_SUPPORTED, ((DeviceException) e.getCause()).reason());
        assertTrue(commands().isEmpty(), "nothing guessed on the wire: " + wire());
        virtual.setRegulatedOutput(false, 9.0);
        Await.until("the regulated output off", WAIT, () -> !regulated.isOn());
        assertEquals(2, device.capability(EnvironmentSensors.class).orElseThrow().sensorCount());
    }

    /** HEAT and AUTO, which the workbench regulates by manual duties after each poll, as on the first generation. */
    @Test
    void heatAndAutoAreRegulatedByTheWorkbench() throws Exception {
        connect(System::nanoTime);
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        // HEAT: duty from sensor 1's relative humidity (about 64 %), off below 30 %
        pwm.applySettings(1, new PwmSettings(PwmMode.HEAT, 80, 30, 1, 5, false)).get(10, TimeUnit.SECONDS);
        Await.until("PWM B following the humidity", WAIT, () -> device.latestTelemetry().map(t -> {
            double rh = t.get(StandardTelemetry.HUMIDITY_1).orElse(0.0);
            int expected = (int) Math.round((rh - 30) / 70 * 80);
            return expected > 0 && Math.abs(t.get(StandardTelemetry.pwm(1)).orElse(-1) - expected) <= 1;
        }).orElse(false), () -> device.latestTelemetry().toString());
        assertTrue(wire().stream().anyMatch(r -> r.matches("B:1:\\d+")), "sent as a manual duty: " + wire());
        // AUTO: hold sensor 1 (about 13 °C) at 40 °C, direct action: full power; reversed: off
        pwm.applySettings(1, new PwmSettings(PwmMode.AUTO, 80, 30, 1, 40, false)).get(10, TimeUnit.SECONDS);
        Await.until("PWM B at full power", WAIT, () -> pwm.duty(1) == 100, () -> pwm.duty(1) + " %");
        pwm.applySettings(1, new PwmSettings(PwmMode.AUTO, 80, 30, 1, 40, true)).get(10, TimeUnit.SECONDS);
        Await.until("PWM B off", WAIT, () -> pwm.duty(1) == 0, () -> pwm.duty(1) + " %");
        assertEquals(PwmMode.AUTO, pwm.settings(1).mode());
        assertEquals("Regulated sensor 3 is not one of this device's temperature sensors: 1, 2",
                refusal(pwm.applySettings(1, new PwmSettings(PwmMode.AUTO, 80, 30, 3, 40, true))));
        pwm.setDuty(1, 10).get(10, TimeUnit.SECONDS);
        assertEquals(PwmMode.MANUAL, pwm.settings(1).mode(), "a manual duty leaves the automatic mode");
        Await.until("PWM B stays at the manual 10 %", WAIT, () -> pwm.duty(1) == 10);
    }

    @Test
    void theProtectionTripsOnAnOverloadAndIsReported() throws Exception {
        connect(System::nanoTime);
        PowerMonitor power = device.capability(PowerMonitor.class).orElseThrow();
        assertEquals(14.0, power.protection().overVoltage());
        assertEquals(10.0, power.protection().overCurrent());
        device.capability(PowerSwitches.class).orElseThrow().set(0, true).get(10, TimeUnit.SECONDS);
        virtual.setExtraLoad(12);
        Await.until("the over-current trip", WAIT, () -> power.trip().isPresent());
        assertEquals(PowerMonitor.Trip.Kind.OVER_CURRENT, power.trip().orElseThrow().kind());
        assertFalse(virtual.output(0), "the protection switched the outputs off");
        Await.until("the trip in telemetry", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.PROTECTION_TRIP)).isPresent());
    }
}
