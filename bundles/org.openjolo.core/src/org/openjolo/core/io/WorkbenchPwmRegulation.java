package org.openjolo.core.io;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.openjolo.core.Device;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;

/**
 * HEAT and AUTO for PWM outputs whose firmware cannot be configured for them: the workbench keeps each output's
 * {@link PwmSettings} in the device profile and, after each poll, says which duty its rule asks for; the driver
 * sends it as a manual duty. The device keeps the last duty when the workbench stops (the quit question says so).
 *
 * <p>HEAT follows the relative humidity of the first sensor (in the description's order) that reports one:
 * off at or below the start humidity, rising linearly to the set power at 100 %. AUTO holds the chosen sensor's
 * temperature at the preset with a proportional band of {@link #AUTO_BAND} °C; REVERSED for a cooler.</p>
 */
public final class WorkbenchPwmRegulation {

    /** AUTO: the duty goes from 0 to 100 % over this many °C of error. */
    public static final double AUTO_BAND = 5.0;

    private static final System.Logger LOG = System.getLogger(WorkbenchPwmRegulation.class.getName());

    private final Device device;

    /** @param device whose profile keeps the settings and whose description names the sensors */
    public WorkbenchPwmRegulation(Device device) {
        this.device = device;
    }

    private static String key(int index, String name) {
        return "pwm." + (index + 1) + "." + name;
    }

    /** Output {@code index}'s settings (0-based); {@link PwmSettings#DEFAULT} for what was never stored. */
    public PwmSettings settings(int index) {
        DeviceProfile p = device.profile();
        PwmSettings d = PwmSettings.DEFAULT;
        PwmMode mode;
        String stored = p.get(key(index, "mode"), d.mode().name());
        try {
            mode = PwmMode.valueOf(stored);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The stored mode ''{0}'' of PWM output {1} is not one of MANUAL, HEAT, AUTO; MANUAL is used", stored, index + 1);
            mode = d.mode();
        }
        return new PwmSettings(mode, p.getInt(key(index, "heatPower"), d.heatPowerAtMaxHumidity()),
                p.getInt(key(index, "heatStart"), d.heatStartHumidity()), p.getInt(key(index, "autoSensor"), d.autoSensor()),
                p.getDouble(key(index, "preset"), d.presetTemperature()), p.getBoolean(key(index, "reversed"), d.reversed()));
    }

    /** Keeps output {@code index}'s settings; check them first ({@link PwmSettings#check}). */
    public void store(int index, PwmSettings s) {
        device.profile().putAll(Map.of(key(index, "mode"), s.mode().name(),
                key(index, "heatPower"), Integer.toString(s.heatPowerAtMaxHumidity()),
                key(index, "heatStart"), Integer.toString(s.heatStartHumidity()),
                key(index, "autoSensor"), Integer.toString(s.autoSensor()),
                key(index, "preset"), String.format(Locale.ROOT, "%.2f", s.presetTemperature()),
                key(index, "reversed"), Boolean.toString(s.reversed())));
    }

    /** A manual duty was set on output {@code index}: it leaves HEAT or AUTO, as the makers' panel does. */
    public void manual(int index) {
        PwmSettings s = settings(index);
        if (s.mode() != PwmMode.MANUAL) {
            store(index, s.withMode(PwmMode.MANUAL));
        }
    }

    /**
     * The duty output {@code index}'s rule asks for with the values of {@code t}: empty in MANUAL, 0 when the
     * rule's sensor does not report.
     */
    public OptionalInt wantedDuty(int index, Telemetry t) {
        PwmSettings p = settings(index);
        return switch (p.mode()) {
            case MANUAL -> OptionalInt.empty();
            case HEAT -> OptionalInt.of(heat(p, t));
            case AUTO -> OptionalInt.of(auto(p, t));
        };
    }

    private int heat(PwmSettings p, Telemetry t) {
        for (CapabilityDescription sensor : device.description().sensors()) {
            Channel<?> humidity = sensor.channel(Quantities.HUMIDITY).orElse(null);
            if (humidity != null && t.values().get(humidity.key()) instanceof Number n && !Double.isNaN(n.doubleValue())) {
                double rh = n.doubleValue();
                if (rh <= p.heatStartHumidity()) {
                    return 0;
                }
                double share = (rh - p.heatStartHumidity()) / (100.0 - p.heatStartHumidity());
                return (int) Math.round(Math.min(1, share) * p.heatPowerAtMaxHumidity());
            }
        }
        return 0;
    }

    private int auto(PwmSettings p, Telemetry t) {
        return device.description().temperatureSensor(p.autoSensor()).flatMap(t::get).map(temperature -> {
            double error = p.reversed() ? temperature - p.presetTemperature() : p.presetTemperature() - temperature;
            return (int) Math.round(Math.max(0, Math.min(100, error / AUTO_BAND * 100)));
        }).orElse(0);
    }
}
