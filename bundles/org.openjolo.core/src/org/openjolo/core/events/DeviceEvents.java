package org.openjolo.core.events;

/**
 * OSGi Event Admin topics the device registry posts, in one place so plugins depend on constants and not on
 * each other. Every event carries {@link #PROPERTY_DEVICE_KEY}; state events also {@link #PROPERTY_STATE} and
 * {@link #PROPERTY_REASON}.
 */
public final class DeviceEvents {

    private DeviceEvents() {
    }

    /** Prefix of all device topics; subscribe to {@code TOPIC_BASE + "*"} for everything. */
    public static final String TOPIC_BASE = "org/openjolo/device/";
    /** A device connected. */
    public static final String TOPIC_ADDED = TOPIC_BASE + "ADDED";
    /** A device was disconnected and closed. */
    public static final String TOPIC_REMOVED = TOPIC_BASE + "REMOVED";
    /** A device's connection state changed. */
    public static final String TOPIC_STATE = TOPIC_BASE + "STATE";

    /**
     * The {@link org.openjolo.core.Device} itself, so a UI part subscribed with
     * {@code @UIEventTopic(DeviceEvents.TOPIC_ADDED) Event e} has it at hand.
     */
    public static final String PROPERTY_DEVICE = "device";
    /** The {@link org.openjolo.core.DeviceIdentity#key()} of the device. */
    public static final String PROPERTY_DEVICE_KEY = "device.key";
    /** The new {@link org.openjolo.core.ConnectionState} name. */
    public static final String PROPERTY_STATE = "device.state";
    /** Why the state changed, for people. */
    public static final String PROPERTY_REASON = "device.reason";
}
