package org.openjolo.core;

/**
 * Receives a device's news. Called on the device's I/O worker thread: return quickly and hand UI work to the
 * UI thread. An exception thrown here is logged and does not reach the worker.
 */
public interface DeviceListener {

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
