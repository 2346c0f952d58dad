package org.openjolo.core.capability;

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
