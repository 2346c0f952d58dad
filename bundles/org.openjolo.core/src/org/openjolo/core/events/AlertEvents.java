package org.openjolo.core.events;

/**
 * OSGi Event Admin topics the alerts service posts, here with the device topics so that a bundle reacting to
 * safety (the Alpaca SafetyMonitor, a roof controller) depends on constants, not on the alerts bundle.
 */
public final class AlertEvents {

    private AlertEvents() {
    }

    /** Prefix of all alert topics. */
    public static final String TOPIC_BASE = "org/openjolo/alerts/";
    /**
     * A rule of a device changed state. Carries {@link DeviceEvents#PROPERTY_DEVICE_KEY}, {@link #PROPERTY_RULE},
     * {@link #PROPERTY_LABEL}, {@link #PROPERTY_STATE}, {@link #PROPERTY_PREVIOUS}, {@link #PROPERTY_VALUE},
     * {@link #PROPERTY_MESSAGE} and {@link #PROPERTY_CRITICAL}.
     */
    public static final String TOPIC_STATE = TOPIC_BASE + "STATE";
    /** The observatory became safe or unsafe. Carries {@link #PROPERTY_SAFE} and {@link #PROPERTY_MESSAGE}. */
    public static final String TOPIC_SAFETY = TOPIC_BASE + "SAFETY";

    /** The rule's id. */
    public static final String PROPERTY_RULE = "alert.rule";
    /** The rule's label. */
    public static final String PROPERTY_LABEL = "alert.label";
    /** The new state: "OK", "WARNING" or "ALERT". */
    public static final String PROPERTY_STATE = "alert.state";
    /** The state before. */
    public static final String PROPERTY_PREVIOUS = "alert.previous";
    /** The value (Double, NaN when none). */
    public static final String PROPERTY_VALUE = "alert.value";
    /** What happened, or why the observatory is (un)safe, for people. */
    public static final String PROPERTY_MESSAGE = "alert.message";
    /** Whether the rule is critical (Boolean). */
    public static final String PROPERTY_CRITICAL = "alert.critical";
    /** Whether the observatory is safe (Boolean). */
    public static final String PROPERTY_SAFE = "safety.safe";
}
