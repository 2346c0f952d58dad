package org.openjolo.compensation;

/** How temperature compensation runs (the manuals' "Enable compensation" and "Compensation mode"). */
public enum CompensationMode {
    /** Not computed. */
    OFF,
    /** Computed and shown; applied on "Compensate" or an {@code S:N} trigger. */
    MANUAL,
    /** Also applied by itself whenever the pending amount exceeds the threshold. */
    AUTO
}
