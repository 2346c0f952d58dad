package org.openjolo.alerts;

import java.util.Locale;

/**
 * A rule over one value of a device: the value is OK between {@code min} and {@code max} (either may be
 * absent, {@link Double#NaN}), WARNING within the band near a limit, ALERT outside. The band is
 * {@code warnPercent} of the range (or of the single limit's size when only one is set), as in INDI's weather
 * interface.
 *
 * @param id          stable name of the rule within a device (several rules may watch one value, e.g. the low
 *                    and the high input voltage)
 * @param valueId     the value it watches: a {@link org.openjolo.core.TelemetryKey#id()} or one of the derived
 *                    values of {@link AlertValues}
 * @param label       for people
 * @param min         lowest OK value, or NaN for none
 * @param max         highest OK value, or NaN for none
 * @param warnPercent warning band in percent of the range, 0–50
 * @param critical    an ALERT of this rule makes the observatory unsafe
 * @param enabled     whether the rule is evaluated at all
 */
public record AlertRule(String id, String valueId, String label, double min, double max, double warnPercent, boolean critical,
        boolean enabled) {

    /**
     * Checks the rule.
     *
     * @return this rule
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public AlertRule validate() {
        if (id == null || id.isBlank() || valueId == null || valueId.isBlank()) {
            throw new IllegalArgumentException("A rule needs a name and the value it watches");
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

    /** The state of {@code value} under this rule (its enabled flag aside). */
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

    /** This rule with other limits (NaN for none). */
    public AlertRule withLimits(double newMin, double newMax) {
        return new AlertRule(id, valueId, label, newMin, newMax, warnPercent, critical, enabled);
    }

    /** This rule with another warning band. */
    public AlertRule withWarnPercent(double percent) {
        return new AlertRule(id, valueId, label, min, max, percent, critical, enabled);
    }

    /** This rule, critical or not. */
    public AlertRule withCritical(boolean isCritical) {
        return new AlertRule(id, valueId, label, min, max, warnPercent, isCritical, enabled);
    }

    /** This rule, enabled or not. */
    public AlertRule withEnabled(boolean isEnabled) {
        return new AlertRule(id, valueId, label, min, max, warnPercent, critical, isEnabled);
    }

    /** This rule watching another value (e.g. the other sensor). */
    public AlertRule withValueId(String newValueId) {
        return new AlertRule(id, newValueId, label, min, max, warnPercent, critical, enabled);
    }
}
