package org.openjolo.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;

class AlertRulesTest {

    /** The AstroLink 4 USB's shape. */
    private static final DeviceDescription AL4 = new DeviceDescription(List.of(StandardCapabilities.power(), StandardCapabilities.environmentSensor(1, true),
            StandardCapabilities.environmentSensor(2, true), StandardCapabilities.sky(true, true)));

    /** The default rule watching {@code valueId}. */
    private static AlertRule rule(String valueId) {
        return DefaultRules.forDevice(AL4).stream().filter(r -> r.valueId().equals(valueId)).findFirst().orElseThrow();
    }

    private static AlertRule byId(List<AlertRule> rules, String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "temperature {0} °C is {1}")
    @CsvSource({ "-15.01, ALERT", "-15, WARNING", "-7.51, WARNING", "-7.5, OK", "10, OK", "27.5, OK", "27.51, WARNING", "35, WARNING", "35.01, ALERT" })
    void temperatureBandsAtEveryEdge(double value, AlertState expected) {
        // -15 to 35 °C, 15 % of 50 °C: warnings below -7.5 and above 27.5
        assertEquals(expected, rule(StandardTelemetry.TEMPERATURE_1.id()).evaluate(value));
    }

    @ParameterizedTest(name = "humidity {0} % is {1}")
    @CsvSource({ "0, OK", "50, OK", "85, OK", "85.1, WARNING", "100, WARNING", "100.1, ALERT" })
    void humidityHasOnlyAMaximumSoDryAirNeverWarns(double value, AlertState expected) {
        assertEquals(expected, rule(StandardTelemetry.HUMIDITY_1.id()).evaluate(value));
    }

    @Test
    @SuppressWarnings("deprecation")
    void theMakersQuirksAreGone() {
        assertEquals(AlertState.OK, rule(StandardTelemetry.DEW_POINT_1.id()).evaluate(-3), "a dew point below 0 °C is not an alert");
        assertEquals(AlertState.WARNING, rule(StandardTelemetry.SKY_QUALITY.id()).evaluate(22.8), "SQM warns above 22.75");
        assertEquals(AlertState.ALERT, rule(StandardTelemetry.SKY_AMBIENT_DIFFERENCE.id()).evaluate(-5.1));
        List<AlertRule> all = DefaultRules.forDevice(AL4);
        assertEquals(17, all.size());
        assertEquals(all.size(), all.stream().map(AlertRule::id).distinct().count(), "rule ids are unique");
        assertTrue(all.stream().noneMatch(AlertRule::critical), "the operator chooses what is critical");
        all.forEach(AlertRule::validate);
        assertEquals(List.of(), DefaultRules.forDevice(DeviceDescription.EMPTY), "no rules over values a device cannot report");
    }

    @Test
    void invalidRulesAreRefusedWithTheReason() {
        assertEquals("Voltage: the minimum 13.0 must be below the maximum 11.0",
                assertThrows(IllegalArgumentException.class, () -> new AlertRule("v", "power.voltage", "Voltage", 13, 11, 10, true, true).validate()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AlertRule("v", "power.voltage", "Voltage", Double.NaN, Double.NaN, 10, true, true).validate());
        assertThrows(IllegalArgumentException.class, () -> new AlertRule("v", "power.voltage", "Voltage", 11, 13, 60, true, true).validate());
        assertEquals(AlertState.ALERT, new AlertRule("v", "power.voltage", "Low voltage", 11.5, Double.NaN, 5, true, true).validate().evaluate(11.4));
        assertEquals(AlertState.WARNING, new AlertRule("v", "power.voltage", "Low voltage", 11.5, Double.NaN, 5, true, true).evaluate(12.0));
        assertEquals(AlertState.ALERT, AlertState.WARNING.worst(AlertState.ALERT));
    }

    @ParameterizedTest(name = "{0} A against a 5 A current warn level is {1}")
    @CsvSource({ "4.5, OK", "4.51, WARNING", "5, WARNING", "5.01, ALERT" })
    void theManualsPowerWarnLevelsTurnOrangeWithinTenPercent(double amps, AlertState expected) {
        AlertRule current = byId(DefaultRules.forDevice(AL4), DefaultRules.CURRENT);
        assertEquals(expected, current.withLimits(Double.NaN, 5).evaluate(amps));
    }

    @ParameterizedTest(name = "{0} V against an 11.5 V low voltage warn level is {1}")
    @CsvSource({ "12.076, OK", "12.074, WARNING", "11.5, WARNING", "11.49, ALERT" })
    void lowVoltageWarnsWithinFivePercent(double volts, AlertState expected) {
        AlertRule low = byId(DefaultRules.forDevice(AL4), DefaultRules.LOW_VOLTAGE);
        assertEquals(expected, low.evaluate(volts));
    }

    @Test
    void derivedValueIdsNameTheirSensor() {
        assertEquals(java.util.Optional.of(2), AlertValues.temperatureChangeSensor(AlertValues.temperatureChange(2)));
        assertEquals(java.util.Optional.empty(), AlertValues.temperatureChangeSensor(AlertValues.dewPointMargin(1)));
        assertEquals(java.util.Optional.of(3), AlertValues.dewPointMarginSensor("alerts.dewPointMargin.3"), "a third sensor is numbered like the others");
        assertEquals(java.util.Optional.empty(), AlertValues.dewPointMarginSensor("alerts.dewPointMargin.03"), "one sensor, one value id");
        assertEquals(java.util.Optional.empty(), AlertValues.dewPointMarginSensor("alerts.dewPointMargin.0"));
        assertEquals(java.util.Optional.empty(), AlertValues.temperatureChangeSensor("alerts.temperatureChange.x"));
        assertEquals("Sensors are numbered from 1 (the device's first temperature sensor) to 999, not 0",
                assertThrows(IllegalArgumentException.class, () -> AlertValues.temperatureChange(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AlertValues.dewPointMargin(-1));
    }

    @Test
    void unsafeAtOnceAndSafeOnlyAfterTheHoldOff() {
        SafetyMonitor safety = new SafetyMonitor(Duration.ofMinutes(10));
        Instant t0 = Instant.parse("2026-11-22T22:00:00Z");
        assertTrue(safety.isSafe());
        assertFalse(safety.update(t0, List.of(AlertState.OK, AlertState.WARNING)), "warnings do not make it unsafe");
        assertTrue(safety.update(t0.plusSeconds(60), List.of(AlertState.ALERT, AlertState.OK)));
        assertFalse(safety.isSafe());
        assertFalse(safety.update(t0.plusSeconds(120), List.of(AlertState.OK, AlertState.OK)));
        assertFalse(safety.update(t0.plusSeconds(300), List.of(AlertState.ALERT, AlertState.OK)), "a new alert restarts the hold-off");
        assertFalse(safety.update(t0.plusSeconds(360), List.of(AlertState.OK, AlertState.OK)));
        assertFalse(safety.update(t0.plusSeconds(360 + 599), List.of(AlertState.OK, AlertState.OK)));
        assertFalse(safety.isSafe(), "one second short of the hold-off");
        assertTrue(safety.update(t0.plusSeconds(360 + 600), List.of(AlertState.OK, AlertState.OK)));
        assertTrue(safety.isSafe());
    }

    @Test
    void theDefaultsFollowTheDescriptionTwoSensorsAPressureChannelAndNoPowerMonitor() {
        TelemetryKey<Double> pressure = new TelemetryKey<>("sensor1.pressure", Double.class, "hPa", "Pressure #1");
        CapabilityDescription.Builder sensor1 = CapabilityDescription.builder(EnvironmentSensors.class, "sensor1", "Sensor #1");
        StandardCapabilities.environmentSensor(1, true).channels().forEach(sensor1::channel);
        sensor1.channel(Channel.number(pressure, Quantities.PRESSURE, 1));
        DeviceDescription d = new DeviceDescription(List.of(StandardCapabilities.focuser("focuser", "Focuser", List.of()), sensor1.build(),
                StandardCapabilities.environmentSensor(2, false), StandardCapabilities.pwm(4)));

        List<AlertRule> rules = DefaultRules.forDevice(d);
        assertEquals(List.of("env.temperature1", "env.humidity1", "env.dewPoint1", "env.pressure1", "env.temperature2", DefaultRules.TEMPERATURE_CHANGE,
                DefaultRules.DEW_POINT_MARGIN), rules.stream().map(AlertRule::id).toList(), "no power, no sky, no humidity at the temperature-only sensor 2");
        assertEquals(new AlertRule("env.pressure1", "sensor1.pressure", "Pressure #1", 900, 1080, 5, false, true), byId(rules, "env.pressure1"));
        assertEquals(new AlertRule("env.temperature2", StandardTelemetry.TEMPERATURE_2.id(), "Temperature #2", -15, 35, 15, false, true),
                byId(rules, "env.temperature2"), "the makers' numbers, the channel's label");
        assertEquals(AlertValues.temperatureChange(1), byId(rules, DefaultRules.TEMPERATURE_CHANGE).valueId());
        assertEquals(AlertValues.dewPointMargin(1), byId(rules, DefaultRules.DEW_POINT_MARGIN).valueId());
        assertEquals(List.of(1, 2), AlertValues.sensorsFor(d, AlertValues.temperatureChange(1)));
        assertEquals(List.of(1), AlertValues.sensorsFor(d, AlertValues.dewPointMargin(2)), "sensor 2 has no dew point");
        rules.forEach(AlertRule::validate);
        assertTrue(rules.stream().noneMatch(AlertRule::critical));
        assertEquals(AlertState.WARNING, byId(rules, "env.pressure1").evaluate(1072), "5 % of 900 to 1080 hPa: warnings above 1071");
        assertEquals(AlertState.OK, byId(rules, "env.pressure1").evaluate(1013));

        DeviceDescription skyOnly = new DeviceDescription(List.of(StandardCapabilities.sky(false, true)));
        assertEquals(List.of("sky.quality"), DefaultRules.forDevice(skyOnly).stream().map(AlertRule::id).toList(),
                "the SQM alone: no sky temperature rules and no clouds warning");
    }
}
