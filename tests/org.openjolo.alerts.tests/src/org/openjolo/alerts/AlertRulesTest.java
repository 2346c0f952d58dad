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

class AlertRulesTest {

    private static AlertRule rule(String id) {
        return java.util.stream.Stream.concat(DefaultRules.environment().stream(), DefaultRules.sky().stream()).filter(r -> r.valueId().equals(id))
                .findFirst().orElseThrow();
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
    void theMakersQuirksAreGone() {
        assertEquals(AlertState.OK, rule(StandardTelemetry.DEW_POINT_1.id()).evaluate(-3), "a dew point below 0 °C is not an alert");
        assertEquals(AlertState.WARNING, rule(StandardTelemetry.SKY_QUALITY.id()).evaluate(22.8), "SQM warns above 22.75");
        assertEquals(AlertState.ALERT, rule(StandardTelemetry.SKY_AMBIENT_DIFFERENCE.id()).evaluate(-5.1));
        List<AlertRule> all = DefaultRules.forDevice(java.util.Set.of(org.openjolo.core.capability.PowerMonitor.class,
                org.openjolo.core.capability.EnvironmentSensors.class, org.openjolo.core.capability.SkySensors.class));
        assertEquals(17, all.size());
        assertEquals(all.size(), all.stream().map(AlertRule::id).distinct().count(), "rule ids are unique");
        assertTrue(all.stream().noneMatch(AlertRule::critical), "the operator chooses what is critical");
        all.forEach(AlertRule::validate);
        assertEquals(List.of(), DefaultRules.forDevice(java.util.Set.of()), "no rules over values a device cannot report");
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
        AlertRule current = DefaultRules.power().stream().filter(r -> r.id().equals(DefaultRules.CURRENT)).findFirst().orElseThrow();
        assertEquals(expected, current.withLimits(Double.NaN, 5).evaluate(amps));
    }

    @ParameterizedTest(name = "{0} V against an 11.5 V low voltage warn level is {1}")
    @CsvSource({ "12.076, OK", "12.074, WARNING", "11.5, WARNING", "11.49, ALERT" })
    void lowVoltageWarnsWithinFivePercent(double volts, AlertState expected) {
        AlertRule low = DefaultRules.power().stream().filter(r -> r.id().equals(DefaultRules.LOW_VOLTAGE)).findFirst().orElseThrow();
        assertEquals(expected, low.evaluate(volts));
    }

    @Test
    void derivedValueIdsNameTheirSensor() {
        assertEquals(java.util.Optional.of(2), AlertValues.temperatureChangeSensor(AlertValues.temperatureChange(2)));
        assertEquals(java.util.Optional.empty(), AlertValues.temperatureChangeSensor(AlertValues.dewPointMargin(1)));
        assertEquals(java.util.Optional.empty(), AlertValues.dewPointMarginSensor("alerts.dewPointMargin.3"));
        assertThrows(IllegalArgumentException.class, () -> AlertValues.temperatureChange(3));
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
}
