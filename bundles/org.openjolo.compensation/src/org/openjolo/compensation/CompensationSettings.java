package org.openjolo.compensation;

import java.time.Duration;
import java.util.Locale;

/**
 * Compensation settings of one device.
 *
 * @param mode        off, manual or automatic
 * @param coefficient steps per °C; positive when a falling temperature needs a smaller position (−1000 to 1000)
 * @param threshold   AUTO applies a correction when the pending amount exceeds this many steps (1 to 1000)
 * @param sensor      the temperature sensor used, 1 or 2
 * @param window      temperatures are averaged over this window before use (1 s to 30 min; default 2 min)
 */
public record CompensationSettings(CompensationMode mode, double coefficient, int threshold, int sensor, Duration window) {

    /** Off, no coefficient, threshold 20, sensor 1, two minutes of smoothing. */
    public static final CompensationSettings DEFAULT = new CompensationSettings(CompensationMode.OFF, 0, 20, 1, Duration.ofMinutes(2));

    /**
     * Checks every value.
     *
     * @throws IllegalArgumentException naming the value and its allowed range
     */
    public CompensationSettings validate() {
        if (mode == null) {
            throw new IllegalArgumentException("Choose a compensation mode");
        }
        if (!(coefficient >= -1000 && coefficient <= 1000)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Compensation %s steps/°C is outside the allowed range -1000 to 1000", coefficient));
        }
        if (threshold < 1 || threshold > 1000) {
            throw new IllegalArgumentException("Threshold " + threshold + " steps is outside the allowed range 1 to 1000");
        }
        if (sensor < 1 || sensor > 2) {
            throw new IllegalArgumentException("Sensor " + sensor + " is outside the allowed range 1 to 2");
        }
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("The smoothing window must be from 1 s to 30 min");
        }
        return this;
    }

    /** A copy in another mode. */
    public CompensationSettings withMode(CompensationMode m) {
        return new CompensationSettings(m, coefficient, threshold, sensor, window);
    }
}
