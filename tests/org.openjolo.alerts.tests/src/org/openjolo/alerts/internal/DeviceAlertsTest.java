package org.openjolo.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.openjolo.alerts.AlertRecord;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.AlertState;
import org.openjolo.alerts.AlertValues;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.alerts.RuleStatus;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;

/** Evaluation of a device's rules on hand-made telemetry, and their persistence in a profile. */
import org.openjolo.testing.MemoryProfile;

class DeviceAlertsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T21:00:00Z");
    /** The AstroLink 4 USB's shape. */
    private static final DeviceDescription DEVICE = new DeviceDescription(List.of(StandardCapabilities.power(), StandardCapabilities.environmentSensor(1, true),
            StandardCapabilities.environmentSensor(2, true), StandardCapabilities.sky(true, true)));
    private static final List<AlertRule> DEFAULTS = DefaultRules.forDevice(DEVICE);

    private static List<AlertRule> with(String id, UnaryOperator<AlertRule> change) {
        return DEFAULTS.stream().map(r -> r.id().equals(id) ? change.apply(r) : r).toList();
    }

    private static Telemetry reading(int seconds, double volts, double temperature) {
        return Telemetry.at(T0.plusSeconds(seconds)).put(StandardTelemetry.INPUT_VOLTAGE, volts).put(StandardTelemetry.TEMPERATURE_1, temperature)
                .put(StandardTelemetry.DEW_POINT_1, temperature - 5).put(StandardTelemetry.HUMIDITY_1, 60.0).build();
    }

    private static RuleStatus status(DeviceAlerts a, String id) {
        return a.status().stream().filter(s -> s.rule().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aVoltageSagIsRaisedOnceWithItsCauseAndClearedWhenItRecovers() {
        DeviceAlerts a = new DeviceAlerts("dev", "Test device", DEVICE, with(DefaultRules.LOW_VOLTAGE, r -> r.withEnabled(true)), T0);
        assertEquals(List.of(), a.evaluate(reading(0, 12.6, 10), true, T0), "12.6 V is well above 11.5 V + 5 %");
        List<AlertRecord> warn = a.evaluate(reading(1, 12.0, 10), true, T0.plusSeconds(1));
        assertEquals(1, warn.size());
        assertEquals(AlertState.WARNING, warn.get(0).state());
        assertEquals("Low input voltage 12.00 V is close to the minimum 11.50 V", warn.get(0).message());
        List<AlertRecord> alert = a.evaluate(reading(2, 11.2, 10), true, T0.plusSeconds(2));
        assertEquals(AlertState.WARNING, alert.get(0).previous());
        assertEquals("Low input voltage 11.20 V is below 11.50 V", alert.get(0).message());
        assertEquals(List.of(), a.evaluate(reading(3, 11.1, 10), true, T0.plusSeconds(3)), "still in alert: no new record");
        assertEquals(T0.plusSeconds(2), status(a, DefaultRules.LOW_VOLTAGE).since());
        assertEquals(11.1, status(a, DefaultRules.LOW_VOLTAGE).value(), 1e-9);
        assertEquals(AlertState.ALERT, a.state(StandardTelemetry.INPUT_VOLTAGE.id()), "the value is coloured by its worst rule");
        assertEquals(AlertState.OK, a.evaluate(reading(4, 12.6, 10), true, T0.plusSeconds(4)).get(0).state());
    }

    @Test
    void disabledRulesAndAbsentValuesStayOkButACriticalUnknownIsAnAlert() {
        DeviceAlerts a = new DeviceAlerts("dev", "Test device", DEVICE, with(DefaultRules.LOW_VOLTAGE, r -> r.withLimits(13, Double.NaN)), T0);
        assertEquals(List.of(), a.evaluate(reading(0, 12.0, 10), true, T0), "a disabled rule never raises");
        a.setRules(with("sky.quality", r -> r.withCritical(true)), T0);
        List<AlertRecord> r = a.evaluate(reading(1, 12.0, 10), true, T0.plusSeconds(1));
        assertEquals(1, r.size(), r.toString());
        assertEquals("The device does not report this value: a critical value must be known", r.get(0).message());
        assertEquals(AlertState.OK, status(a, "sky.temperature").state(), "a missing sky sensor is absent, not an alert");
        a.setRules(with("env.temperature1", x -> x.withCritical(true)), T0);
        a.evaluate(reading(2, 12.0, 10), true, T0.plusSeconds(2));
        assertEquals(AlertState.OK, status(a, "env.temperature1").state());
        assertEquals(AlertState.ALERT, a.evaluate(null, false, T0.plusSeconds(3)).get(0).state(), "a lost device's critical value is unknown");
        assertEquals(1, a.critical().size());
    }

    @Test
    void temperatureChangeIsMeasuredFromAResettableStart() {
        DeviceAlerts a = new DeviceAlerts("dev", "Test device", DEVICE, with(DefaultRules.TEMPERATURE_CHANGE, r -> r.withEnabled(true)), T0);
        a.evaluate(reading(0, 12.6, 14.0), true, T0);
        assertEquals(14.0, a.start(1).orElseThrow());
        assertEquals(AlertState.WARNING, a.evaluate(reading(1, 12.6, 11.5), true, T0.plusSeconds(1)).get(0).state(), "2.5 °C of 3: within 20 %");
        List<AlertRecord> r = a.evaluate(reading(2, 12.6, 10.9), true, T0.plusSeconds(2));
        assertEquals("Temperature change 3.10 °C is above 3.00 °C", r.get(0).message());
        a.resetTemperatureChange();
        assertEquals(AlertState.OK, a.evaluate(reading(3, 12.6, 10.9), true, T0.plusSeconds(3)).get(0).state());
        assertEquals(10.9, a.start(1).orElseThrow());
        assertTrue(a.start(2).isEmpty(), "no second sensor reported");
    }

    @Test
    void theDewPointMarginAndTheProtectionTripAreDerivedFromTelemetry() {
        List<AlertRule> rules = DEFAULTS.stream().map(r -> r.id().equals(DefaultRules.DEW_POINT_MARGIN) ? r.withEnabled(true).withLimits(6, Double.NaN) : r).toList();
        DeviceAlerts a = new DeviceAlerts("dev", "Test device", DEVICE, rules, T0);
        List<AlertRecord> r = a.evaluate(reading(0, 12.6, 10), true, T0);
        assertEquals(List.of("Dew point margin 5.00 °C is below 6.00 °C"), r.stream().map(AlertRecord::message).toList());
        String why = "Over-current protection: the total current reached 7.10 A; all PWM and DC outputs were switched off";
        Telemetry tripped = Telemetry.at(T0.plusSeconds(1)).put(StandardTelemetry.PROTECTION_TRIP, why).build();
        List<AlertRecord> trip = a.evaluate(tripped, true, T0.plusSeconds(1));
        assertEquals(List.of(why), trip.stream().filter(x -> x.ruleId().equals(DefaultRules.PROTECTION)).map(AlertRecord::message).toList(),
                "the trip is an alert with its cause");
        assertEquals(AlertState.ALERT, a.state(AlertValues.PROTECTION_TRIPPED));
    }

    @Test
    void aRuleOverAnyTelemetryValueReadsBooleansAsOneAndZero() {
        List<AlertRule> rules = List.of(DefaultRules.custom(StandardTelemetry.output(1).id(), "Output 2", 0.5).withEnabled(true),
                DefaultRules.custom(StandardTelemetry.FOCUSER_POSITION.id(), "Focuser position", 20000).withEnabled(true));
        DeviceAlerts a = new DeviceAlerts("dev", "Test device", DEVICE, rules, T0);
        Telemetry t = Telemetry.at(T0).put(StandardTelemetry.output(1), true).put(StandardTelemetry.FOCUSER_POSITION, 19000).build();
        List<AlertRecord> r = a.evaluate(t, true, T0);
        assertEquals(List.of("Output 2 1.00 is above 0.50", "Focuser position 19000.0 steps is close to the maximum 20000.0 steps"),
                r.stream().map(AlertRecord::message).toList());
    }

    @Test
    void soundsWhenRaisedAtMostEveryTenSecondsAndRepeatsEachMinuteUntilAcknowledged() {
        DeviceAlerts a = new DeviceAlerts("dev", "Test device", DEVICE, with(DefaultRules.LOW_VOLTAGE, r -> r.withEnabled(true)), T0);
        assertTrue(a.soundDue(a.evaluate(reading(0, 11.0, 10), true, T0), T0));
        assertFalse(a.soundDue(List.of(), T0.plusSeconds(59)));
        assertFalse(a.soundDue(a.evaluate(reading(1, 12.6, 10), true, T0.plusSeconds(1)), T0.plusSeconds(1)), "cleared: nothing to sound");
        assertFalse(a.soundDue(a.evaluate(reading(2, 11.0, 10), true, T0.plusSeconds(5)), T0.plusSeconds(5)), "flapping within 10 s: quiet");
        assertTrue(a.soundDue(List.of(), T0.plusSeconds(60)), "still in alert, unacknowledged, a minute later");
        a.acknowledge();
        assertTrue(status(a, DefaultRules.LOW_VOLTAGE).acknowledged());
        assertFalse(a.soundDue(List.of(), T0.plusSeconds(200)), "acknowledged: no repeat");
    }

    @Test
    void rulesSurviveAProfileRoundTripAndAnInvalidStoredRuleFallsBackToItsDefault() {
        DeviceProfile profile = new MemoryProfile();
        List<AlertRule> changed = DEFAULTS.stream().map(r -> switch (r.id()) {
            case DefaultRules.CURRENT -> r.withEnabled(true).withLimits(Double.NaN, 4.5).withCritical(true);
            case DefaultRules.TEMPERATURE_CHANGE -> r.withValueId(AlertValues.temperatureChange(2)).withWarnPercent(25);
            case "env.humidity1" -> r.withLimits(10, 90);
            default -> r;
        }).toList();
        RuleStore.save(profile, changed);
        assertEquals("none", profile.get("alert.power.current.min", ""));
        assertEquals(changed, RuleStore.load(profile, DEFAULTS, DEVICE));
        profile.put("alert.env.humidity1.min", "95");
        profile.put("alert.env.temperature1.value", "power.voltage");
        List<AlertRule> loaded = RuleStore.load(profile, DEFAULTS, DEVICE);
        AlertRule humidity = loaded.stream().filter(r -> r.id().equals("env.humidity1")).findFirst().orElseThrow();
        assertEquals(DEFAULTS.stream().filter(r -> r.id().equals("env.humidity1")).findFirst().orElseThrow(), humidity, "min 95 above max 90: the default");
        assertEquals(StandardTelemetry.TEMPERATURE_1.id(), loaded.stream().filter(r -> r.id().equals("env.temperature1")).findFirst().orElseThrow().valueId(),
                "a rule never watches another quantity");
        assertEquals(4.5, loaded.stream().filter(r -> r.id().equals(DefaultRules.CURRENT)).findFirst().orElseThrow().max(), "the rest is kept");

        List<AlertRule> withCustom = new java.util.ArrayList<>(loaded);
        withCustom.add(DefaultRules.custom(StandardTelemetry.pwm(0).id(), "PWM A", 60).withEnabled(true));
        RuleStore.save(profile, withCustom);
        assertEquals("pwm1.duty", profile.get("alert.custom", ""));
        assertEquals(withCustom, RuleStore.load(profile, DEFAULTS, DEVICE), "a rule over any telemetry value comes back with its label and limits");
        RuleStore.save(profile, loaded);
        assertEquals(loaded, RuleStore.load(profile, DEFAULTS, DEVICE), "and is gone once removed");
    }

    @Test
    void theDerivedValuesReadTheChannelsTheDescriptionNames() {
        // a device of another shape: its own keys, a humidity-only first sensor, the temperatures at sensors 2 and 3
        TelemetryKey<Double> humidity = new TelemetryKey<>("box.humidity", Double.class, "%", "Box humidity");
        TelemetryKey<Double> tube = new TelemetryKey<>("tube.temperature", Double.class, "°C", "Tube");
        TelemetryKey<Double> air = new TelemetryKey<>("air.temperature", Double.class, "°C", "Air");
        TelemetryKey<Double> dew = new TelemetryKey<>("air.dewPoint", Double.class, "°C", "Air dew point");
        TelemetryKey<Double> pressure = new TelemetryKey<>("air.pressure", Double.class, "hPa", "Air pressure");
        DeviceDescription other = new DeviceDescription(List.of(
                sensor("box", Channel.number(humidity, Quantities.HUMIDITY, 0)),
                sensor("tube", Channel.number(tube, Quantities.TEMPERATURE, 1)),
                sensor("air", Channel.number(air, Quantities.TEMPERATURE, 1), Channel.number(dew, Quantities.DEW_POINT, 1),
                        Channel.number(pressure, Quantities.PRESSURE, 1))));
        List<AlertRule> rules = DefaultRules.forDevice(other).stream().map(r -> switch (r.id()) {
            case DefaultRules.TEMPERATURE_CHANGE, DefaultRules.DEW_POINT_MARGIN -> r.withEnabled(true);
            case "env.pressure3" -> r.withEnabled(true).withCritical(true);
            default -> r.withEnabled(false);
        }).toList();
        assertEquals(AlertValues.temperatureChange(2), rules.stream().filter(r -> r.id().equals(DefaultRules.TEMPERATURE_CHANGE)).findFirst().orElseThrow().valueId(),
                "the first sensor with a temperature");
        assertEquals(AlertValues.dewPointMargin(3), rules.stream().filter(r -> r.id().equals(DefaultRules.DEW_POINT_MARGIN)).findFirst().orElseThrow().valueId(),
                "the first sensor with a temperature and a dew point");
        DeviceAlerts a = new DeviceAlerts("dev", "Other device", other, rules, T0);
        a.evaluate(Telemetry.at(T0).put(tube, 8.0).put(air, 6.0).put(dew, 5.0).put(pressure, 1013.0).build(), true, T0);
        assertEquals(8.0, a.start(2).orElseThrow());
        assertEquals(6.0, a.start(3).orElseThrow());
        assertTrue(a.start(1).isEmpty(), "sensor 1 has no temperature");
        assertEquals("Dew point margin 1.00 °C is below 2.00 °C", status(a, DefaultRules.DEW_POINT_MARGIN).message());
        List<AlertRecord> r = a.evaluate(Telemetry.at(T0.plusSeconds(1)).put(tube, 4.5).put(air, 9.0).put(dew, 2.0).put(pressure, 1078.0).build(), true,
                T0.plusSeconds(1));
        assertEquals(List.of("Air pressure 1078.0 hPa is close to the maximum 1080.0 hPa", "Temperature change 3.50 °C is above 3.00 °C",
                "Dew point margin 7.00 °C is in range"), r.stream().map(AlertRecord::message).toList(), "in rule order");
        assertEquals(AlertState.ALERT, a.evaluate(Telemetry.at(T0.plusSeconds(2)).put(pressure, 1081.0).build(), true, T0.plusSeconds(2)).stream()
                .filter(x -> x.ruleId().equals("env.pressure3")).findFirst().orElseThrow().state());
    }

    private static CapabilityDescription sensor(String id, Channel<?>... channels) {
        CapabilityDescription.Builder b = CapabilityDescription.builder(EnvironmentSensors.class, id, id);
        for (Channel<?> c : channels) {
            b.channel(c);
        }
        return b.build();
    }
}
