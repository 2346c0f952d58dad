package org.openjolo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;

/**
 * The rules a device starts with, built from what the device says it has ({@link #forDevice(DeviceDescription)}).
 * <ul>
 * <li>The environment limits the makers' INDI drivers set (docs/protocol/README.md, "INDI weather/safety
 * semantics"), without their quirks: the dew point uses the second-generation range −25…20 °C, not 0…100 °C
 * (under which a dew point below 0 °C was an alert), and humidity has only a maximum, so dry air never
 * warns; a pressure sensor's plausible range 900…1080 hPa.</li>
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

    /**
     * The defaults for a device as it describes itself: only rules over values it reports.
     * <ul>
     * <li>For every channel of every {@link EnvironmentSensors} instance whose quantity has a default (temperature,
     * humidity, dew point, pressure), a rule {@code env.<quantity><n>}, n being the instance's position among
     * the environment instances from 1 ({@code env.temperature1}, {@code env.humidity2}), labelled like the
     * channel.</li>
     * <li>For every sky temperature, ambient − sky and sky brightness channel, a rule with the channel's id
     * ({@code sky.temperature}…), and the clouds warning over the first ambient − sky channel.</li>
     * <li>The power alerts over the first {@link PowerMonitor} instance's current, energy (Ah) and voltage
     * channels, and its protection trip where it reports one.</li>
     * <li>The temperature change monitor over the first sensor with a temperature, the dew-point margin over
     * the first with a temperature and a dew point.</li>
     * </ul>
     */
    public static List<AlertRule> forDevice(DeviceDescription description) {
        List<AlertRule> rules = new ArrayList<>();
        description.first(PowerMonitor.class).ifPresent(power -> rules.addAll(power(power)));
        List<CapabilityDescription> sensors = description.of(EnvironmentSensors.class);
        for (int i = 0; i < sensors.size(); i++) {
            for (Channel<?> c : sensors.get(i).channels()) {
                // the first channel of a quantity has the instance's rule; the id could not name a second one
                if (sensors.get(i).channel(c.quantity()).orElseThrow() == c) {
                    environment(c, i + 1).ifPresent(rules::add);
                }
            }
        }
        rules.addAll(monitors(description));
        for (Channel<?> c : description.channels()) {
            sky(c).ifPresent(rules::add);
        }
        description.channels().stream().filter(c -> c.quantity().equals(Quantities.SKY_AMBIENT_DIFFERENCE)).findFirst()
                .ifPresent(c -> rules.add(clouds(c)));
        return List.copyOf(rules);
    }

    /** The makers' environment default for a sensor channel, by its quantity; empty for a quantity without one. */
    private static Optional<AlertRule> environment(Channel<?> c, int sensor) {
        String id = "env." + c.quantity() + sensor;
        return Optional.ofNullable(switch (c.quantity()) {
            case Quantities.TEMPERATURE -> env(id, c.id(), c.label(), -15, 35, 15);
            case Quantities.HUMIDITY -> env(id, c.id(), c.label(), Double.NaN, 100, 15);
            case Quantities.DEW_POINT -> env(id, c.id(), c.label(), -25, 20, 15);
            // the lowest and highest sea-level pressures ever measured are 870 and 1084 hPa: outside
            // 900..1080 a reading is a sensor fault (or a site high up, where the operator moves the limits)
            case Quantities.PRESSURE -> env(id, c.id(), c.label(), 900, 1080, 5);
            default -> null;
        });
    }

    /** The makers' sky default for a channel, by its quantity; empty for other quantities. */
    private static Optional<AlertRule> sky(Channel<?> c) {
        return Optional.ofNullable(switch (c.quantity()) {
            case Quantities.SKY_TEMPERATURE -> env(c.id(), c.id(), c.label(), -50, 20, 20);
            case Quantities.SKY_AMBIENT_DIFFERENCE -> env(c.id(), c.id(), c.label(), -5, 40, 10);
            case Quantities.SKY_QUALITY -> env(c.id(), c.id(), c.label(), 10, 25, 15);
            default -> null;
        });
    }

    /** The manual's power alerts over the channels a power monitor has, and its protection trip. */
    private static List<AlertRule> power(CapabilityDescription power) {
        List<AlertRule> rules = new ArrayList<>();
        power.channel(Quantities.CURRENT).ifPresent(c -> rules.add(new AlertRule(CURRENT, c.id(), c.label(), Double.NaN, 10, 10, false, false)));
        power.channel(Quantities.ENERGY_AH).ifPresent(c -> rules.add(new AlertRule(ENERGY, c.id(), c.label(), Double.NaN, 50, 10, false, false)));
        power.channel(Quantities.VOLTAGE).ifPresent(c -> {
            rules.add(new AlertRule(LOW_VOLTAGE, c.id(), "Low input voltage", 11.5, Double.NaN, 5, false, false));
            rules.add(new AlertRule(HIGH_VOLTAGE, c.id(), "High input voltage", Double.NaN, 14, 5, false, false));
        });
        if (power.channel(Quantities.PROTECTION_TRIP).isPresent()) {
            rules.add(new AlertRule(PROTECTION, AlertValues.PROTECTION_TRIPPED, "Protection trip", Double.NaN, 0.5, 0, false, true));
        }
        return rules;
    }

    /** The temperature change monitor and the dew-point margin at the first sensor that can feed each, off. */
    private static List<AlertRule> monitors(DeviceDescription description) {
        List<AlertRule> rules = new ArrayList<>();
        AlertValues.sensorsFor(description, AlertValues.temperatureChange(1)).stream().findFirst().ifPresent(n -> rules.add(
                new AlertRule(TEMPERATURE_CHANGE, AlertValues.temperatureChange(n), "Temperature change", Double.NaN, 3, 20, false, false)));
        AlertValues.sensorsFor(description, AlertValues.dewPointMargin(1)).stream().findFirst().ifPresent(n -> rules.add(
                new AlertRule(DEW_POINT_MARGIN, AlertValues.dewPointMargin(n), "Dew point margin", 2, Double.NaN, 50, false, false)));
        return rules;
    }

    /** The clouds warning: ambient minus sky below 12 °C (the manual's second cloud threshold), off. */
    private static AlertRule clouds(Channel<?> difference) {
        return new AlertRule(CLOUDS, difference.id(), "Clouds (ambient − sky)", 12, Double.NaN, 20, false, false);
    }

    private static AlertRule env(String id, String valueId, String label, double min, double max, double warn) {
        return new AlertRule(id, valueId, label, min, max, warn, false, true);
    }
}
