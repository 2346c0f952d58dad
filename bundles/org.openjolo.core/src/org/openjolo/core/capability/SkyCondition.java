package org.openjolo.core.capability;

import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;

/** Cloud cover judged from ambient minus sky temperature, with the four thresholds of the panel. */
public enum SkyCondition {
    /** Difference at or above the fourth threshold (default 25 °C). */
    CLEAR,
    /** Between the third and the fourth threshold. */
    MOSTLY_CLEAR,
    /** Between the second and the third. */
    PARTLY_CLOUDY,
    /** Between the first and the second. */
    MOSTLY_CLOUDY,
    /** Below the first threshold (default 8 °C). */
    OVERCAST;

    /** The panel's default thresholds, °C, ascending. */
    public static final double[] DEFAULT_THRESHOLDS = { 8, 12, 18, 25 };

    /**
     * Refuses thresholds that are not four ascending values each within the {@link SkySensors#CLOUD_THRESHOLD}
     * limit of {@code sky} (the sky sensors' description).
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static void checkThresholds(CapabilityDescription sky, double[] t) {
        if (t == null || t.length != 4) {
            throw new IllegalArgumentException("Cloud thresholds are four values, not " + (t == null ? "none" : java.util.Arrays.toString(t)));
        }
        Limit limit = sky.setting(SkySensors.CLOUD_THRESHOLD).flatMap(s -> s.range()).orElse(null);
        for (int i = 0; i < 4; i++) {
            if (limit != null && !limit.allows(t[i])) {
                throw new IllegalArgumentException(limit.refusal("Cloud threshold " + (i + 1), t[i]));
            }
            if (i > 0 && !(t[i] > t[i - 1])) {
                throw new IllegalArgumentException("Cloud thresholds must ascend from overcast to clear: threshold " + (i + 1) + " ("
                        + shown(limit, t[i]) + ") is not above threshold " + i + " (" + shown(limit, t[i - 1]) + ")");
            }
        }
    }

    private static String shown(Limit l, double v) {
        return l == null ? Double.toString(v) : l.format(v);
    }

    /** The condition for a difference with ascending thresholds {@code t} (four values). */
    public static SkyCondition of(double difference, double[] t) {
        if (difference >= t[3]) {
            return CLEAR;
        }
        if (difference >= t[2]) {
            return MOSTLY_CLEAR;
        }
        if (difference >= t[1]) {
            return PARTLY_CLOUDY;
        }
        if (difference >= t[0]) {
            return MOSTLY_CLOUDY;
        }
        return OVERCAST;
    }

    /** Cloud cover in percent for Alpaca's CloudCover: 0 when clear, 100 when overcast. */
    public int cloudCoverPercent() {
        return switch (this) {
            case CLEAR -> 0;
            case MOSTLY_CLEAR -> 25;
            case PARTLY_CLOUDY -> 50;
            case MOSTLY_CLOUDY -> 75;
            case OVERCAST -> 100;
        };
    }
}
