package org.openjolo.compensation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openjolo.core.DeviceException;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Limit;

/**
 * Compensation settings of one focuser instance.
 *
 * @param mode        off, manual or automatic
 * @param coefficient steps per °C; positive when a falling temperature needs a smaller position
 *                    ({@link #COEFFICIENT})
 * @param threshold   AUTO applies a correction when the pending amount exceeds this many steps ({@link #THRESHOLD})
 * @param sensor      the temperature sensor used: its number in the device's description
 *                    ({@link DeviceDescription#temperatureSensor(int)})
 * @param window      temperatures are averaged over this window before use ({@link #WINDOW}; default 2 min)
 */
public record CompensationSettings(CompensationMode mode, double coefficient, int threshold, int sensor, Duration window) {

    /** The coefficient, steps per °C: what the astrojolo firmwares store. */
    public static final Limit COEFFICIENT = Limit.of(-1000, 1000, "steps/°C", 2);
    /** AUTO's threshold, steps. */
    public static final Limit THRESHOLD = Limit.whole(1, 1000, "steps");
    /** The threshold N of an {@code S:N} trigger, steps: 0 applies whatever is pending. */
    public static final Limit TRIGGER = Limit.whole(0, 10_000, "steps");
    /** The smoothing window (with the firmware: its evaluation cycle), seconds: 1 s to 30 min. */
    public static final Limit WINDOW = Limit.whole(1, 1800, "s");
    /** A temperature of the calculator's points and of its fit range, °C. */
    public static final Limit TEMPERATURE = Limit.of(-50, 60, "°C", 2);

    /** Off, no coefficient, threshold 20, sensor 1, two minutes of smoothing. */
    public static final CompensationSettings DEFAULT = new CompensationSettings(CompensationMode.OFF, 0, 20, 1, Duration.ofMinutes(2));

    /**
     * Checks every value against its limit; the sensor only as a number from 1 on (which sensors a device has
     * is checked by {@link #validate(DeviceDescription)}).
     *
     * @throws IllegalArgumentException naming the value and its allowed range
     */
    public CompensationSettings validate() {
        if (mode == null) {
            throw new IllegalArgumentException("Choose a compensation mode");
        }
        check(COEFFICIENT, "Compensation", coefficient);
        check(THRESHOLD, "Threshold", threshold);
        if (sensor < 1) {
            throw new IllegalArgumentException("Sensor " + sensor + " does not exist: sensors are numbered from 1");
        }
        if (window == null) {
            throw new IllegalArgumentException("The smoothing window is missing: the allowed range is " + WINDOW.range());
        }
        check(WINDOW, "The smoothing window", window.toMillis() / 1000.0);
        return this;
    }

    /**
     * Checks every value, and that the sensor is one of the device's temperature sensors while compensation is
     * on (when off, nothing reads it).
     *
     * @throws IllegalArgumentException naming the value and what is allowed: the range, or the device's
     *                                  temperature sensors
     */
    public CompensationSettings validate(DeviceDescription device) {
        validate();
        if (mode != CompensationMode.OFF && device.temperatureSensor(sensor).isEmpty()) {
            List<String> allowed = temperatureSensors(device).stream().map(n -> n + " (" + device.sensor(n).orElseThrow().name() + ")").toList();
            throw new IllegalArgumentException(allowed.isEmpty() ? "This device has no temperature sensor to compensate with: choose OFF"
                    : "Sensor " + sensor + " is not one of this device's temperature sensors: choose " + String.join(", ", allowed));
        }
        return this;
    }

    /** The numbers of the device's sensors that measure temperature, in the order its description lists them. */
    public static List<Integer> temperatureSensors(DeviceDescription device) {
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= device.sensors().size(); n++) {
            if (device.temperatureSensor(n).isPresent()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The limit's own refusal (out of range, or not whole), as the argument error settings are refused with. */
    private static void check(Limit limit, String what, double value) {
        try {
            limit.check(what, value);
        } catch (DeviceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A copy in another mode. */
    public CompensationSettings withMode(CompensationMode m) {
        return new CompensationSettings(m, coefficient, threshold, sensor, window);
    }
}
