package org.openjolo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openjolo.core.Capability;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.SkySensors;

/**
 * The rules a device starts with.
 * <ul>
 * <li>The environment limits the makers' INDI drivers set (docs/protocol/README.md, "INDI weather/safety
 * semantics"), without their quirks: the dew point uses the second-generation range −25…20 °C, not 0…100 °C
 * (under which a dew point below 0 °C was an alert), and humidity has only a maximum, so dry air never
 * warns.</li>
 * <li>The manual's power alerts (total current, energy, low and high input voltage warn levels), off until the
 * operator sets a level, and the protection trip, on.</li>
 * <li>The manual's temperature change monitor and sky temperature (clouds) warning, and a dew-point margin,
 * all off until enabled.</li>
 * </ul>
 * None is critical: the operator chooses what makes the observatory unsafe.
 */
public final class DefaultRules {

    private DefaultRules() {
    }

    /** Rule id: total current warn level. */
    public static final String CURRENT = "power.current";
    /** Rule id: energy warn level. */
    public static final String ENERGY = "power.energy";
    /** Rule id: low input voltage warn level. */
    public static final String LOW_VOLTAGE = "power.lowVoltage";
    /** Rule id: high input voltage warn level. */
    public static final String HIGH_VOLTAGE = "power.highVoltage";
    /** Rule id: the device's protection switched the outputs off. */
    public static final String PROTECTION = "power.protection";
    /** Rule id: temperature change since the start. */
    public static final String TEMPERATURE_CHANGE = "temperatureChange";
    /** Rule id: ambient minus sky temperature below a threshold (clouds). */
    public static final String CLOUDS = "clouds";
    /** Rule id: temperature too close to the dew point. */
    public static final String DEW_POINT_MARGIN = "dewPointMargin";

    /** Prefix of the ids of rules the operator added over other telemetry values. */
    public static final String CUSTOM = "custom.";

    /**
     * A rule the operator adds over any numeric telemetry value (a PWM duty, the focuser position …): off, with
     * {@code max} as its only limit until edited.
     */
    public static AlertRule custom(String valueId, String label, double max) {
        return new AlertRule(CUSTOM + valueId, valueId, label, Double.NaN, max, 10, false, false);
    }

    /** Whether a rule is one the operator added (and may remove). */
    public static boolean isCustom(AlertRule rule) {
        return rule.id().equals(CUSTOM + rule.valueId());
    }

    /** The makers' environment defaults. */
    public static List<AlertRule> environment() {
        return List.of(
                env("env.temperature1", StandardTelemetry.TEMPERATURE_1.id(), "Temperature #1", -15, 35, 15),
                env("env.humidity1", StandardTelemetry.HUMIDITY_1.id(), "Humidity #1", Double.NaN, 100, 15),
                env("env.dewPoint1", StandardTelemetry.DEW_POINT_1.id(), "Dew point #1", -25, 20, 15),
                env("env.temperature2", StandardTelemetry.TEMPERATURE_2.id(), "Temperature #2", -15, 35, 15),
                env("env.humidity2", StandardTelemetry.HUMIDITY_2.id(), "Humidity #2", Double.NaN, 100, 15),
                env("env.dewPoint2", StandardTelemetry.DEW_POINT_2.id(), "Dew point #2", -25, 20, 15));
    }

    /** The makers' sky defaults. */
    public static List<AlertRule> sky() {
        return List.of(
                env("sky.temperature", StandardTelemetry.SKY_TEMPERATURE.id(), "Sky temperature", -50, 20, 20),
                env("sky.difference", StandardTelemetry.SKY_AMBIENT_DIFFERENCE.id(), "Ambient − sky", -5, 40, 10),
                env("sky.quality", StandardTelemetry.SKY_QUALITY.id(), "Sky brightness", 10, 25, 15));
    }

    /** The manual's power alerts and the protection trip. */
    public static List<AlertRule> power() {
        return List.of(
                new AlertRule(CURRENT, StandardTelemetry.TOTAL_CURRENT.id(), "Total current", Double.NaN, 10, 10, false, false),
                new AlertRule(ENERGY, StandardTelemetry.ENERGY_AH.id(), "Energy", Double.NaN, 50, 10, false, false),
                new AlertRule(LOW_VOLTAGE, StandardTelemetry.INPUT_VOLTAGE.id(), "Low input voltage", 11.5, Double.NaN, 5, false, false),
                new AlertRule(HIGH_VOLTAGE, StandardTelemetry.INPUT_VOLTAGE.id(), "High input voltage", Double.NaN, 14, 5, false, false),
                new AlertRule(PROTECTION, AlertValues.PROTECTION_TRIPPED, "Protection trip", Double.NaN, 0.5, 0, false, true));
    }

    /** The temperature change monitor and the dew-point margin (sensor 1), off. */
    public static List<AlertRule> monitors() {
        return List.of(
                new AlertRule(TEMPERATURE_CHANGE, AlertValues.temperatureChange(1), "Temperature change", Double.NaN, 3, 20, false, false),
                new AlertRule(DEW_POINT_MARGIN, AlertValues.dewPointMargin(1), "Dew point margin", 2, Double.NaN, 50, false, false));
    }

    /** The clouds warning: ambient minus sky below 12 °C (the manual's second cloud threshold), off. */
    public static AlertRule clouds() {
        return new AlertRule(CLOUDS, StandardTelemetry.SKY_AMBIENT_DIFFERENCE.id(), "Clouds (ambient − sky)", 12, Double.NaN, 20, false, false);
    }

    /** The defaults for a device offering {@code capabilities}: only rules over values it can report. */
    public static List<AlertRule> forDevice(Set<Class<? extends Capability>> capabilities) {
        List<AlertRule> rules = new ArrayList<>();
        if (capabilities.contains(PowerMonitor.class)) {
            rules.addAll(power());
        }
        if (capabilities.contains(EnvironmentSensors.class)) {
            rules.addAll(environment());
            rules.addAll(monitors());
        }
        if (capabilities.contains(SkySensors.class)) {
            rules.addAll(sky());
            rules.add(clouds());
        }
        return List.copyOf(rules);
    }

    private static AlertRule env(String id, String valueId, String label, double min, double max, double warn) {
        return new AlertRule(id, valueId, label, min, max, warn, false, true);
    }
}
