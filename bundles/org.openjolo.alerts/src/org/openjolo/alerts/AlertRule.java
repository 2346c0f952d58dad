package org.openjolo.alerts;

import java.util.Locale;

/**
 * A rule over one telemetry value: the value is OK between {@code min} and {@code max} (either may be absent,
 * {@link Double#NaN}), WARNING within the band near a limit, ALERT outside. The band is {@code warnPercent} of
 * the range (or of the single limit's size when only one is set), as in INDI's weather interface.
 *
 * @param telemetryId the {@link org.openjolo.core.TelemetryKey#id()} it watches
 * @param label       for people
 * @param min         lowest OK value, or NaN for none
 * @param max         highest OK value, or NaN for none
 * @param warnPercent warning band in percent of the range, 0–50
 * @param critical    an ALERT of this rule makes the observatory unsafe
 */
public record AlertRule(String telemetryId, String label, double min, double max, double warnPercent, boolean critical) {

    /**
     * Checks the rule.
     *
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public AlertRule validate() {
        if (telemetryId == null || telemetryId.isBlank()) {
            throw new IllegalArgumentException("A rule needs the telemetry value it watches");
        }
        if (Double.isNaN(min) && Double.isNaN(max)) {
            throw new IllegalArgumentException(label + ": set a minimum, a maximum or both");
        }
        if (Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException(label + ": limits must be finite numbers");
        }
        if (!Double.isNaN(min) && !Double.isNaN(max) && min >= max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: the minimum %s must be below the maximum %s", label, min, max));
        }
        if (!(warnPercent >= 0 && warnPercent <= 50)) {
            throw new IllegalArgumentException(label + ": the warning band must be from 0 to 50 %, not " + warnPercent);
        }
        return this;
    }

    /** The width of the warning band in the value's unit. */
    public double band() {
        double span = !Double.isNaN(min) && !Double.isNaN(max) ? max - min : Math.abs(Double.isNaN(min) ? max : min);
        return span * warnPercent / 100.0;
    }

    /** The state of {@code value} under this rule. */
    public AlertState evaluate(double value) {
        if (!Double.isNaN(min) && value < min || !Double.isNaN(max) && value > max) {
            return AlertState.ALERT;
        }
        double band = band();
        if (!Double.isNaN(min) && value < min + band || !Double.isNaN(max) && value > max - band) {
            return AlertState.WARNING;
        }
        return AlertState.OK;
    }
}
