package org.openjolo.core;

/**
 * Receives devices' news. Called on the device's I/O worker thread: return quickly and hand UI work to the
 * UI thread. An exception thrown here is logged and reaches neither the worker nor other listeners.
 *
 * <p>Two ways to listen. Registered as an OSGi service (the whiteboard:
 * {@code @Component(service = DeviceListener.class)}), it hears every device the registry serves: {@link #added}
 * when one connects (or when the listener comes and devices are already there), then its telemetry and state
 * changes, and {@link #removed} when it is closed — no registry to follow, no listener to attach. Added to one
 * device with {@link Device#addListener}, it hears that device only (a part showing the active device).</p>
 */
public interface DeviceListener {

    /** Whiteboard only: a device is there (connected now, or already when this listener was registered). */
    default void added(Device device) {
    }

    /** Whiteboard only: a device was closed; it sends nothing more. */
    default void removed(Device device) {
    }

    /** A new snapshot after a poll. */
    default void telemetry(Device device, Telemetry telemetry) {
    }

    /**
     * The connection state changed.
     *
     * @param reason why, in words for the operator (e.g. "No reply to 'q' within 3000 ms"), or "" when obvious
     */
    default void stateChanged(Device device, ConnectionState state, String reason) {
    }
}
