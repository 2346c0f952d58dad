package org.openjolo.alerts;

/**
 * Receives the alerts service's news. Called on the thread that evaluated (a device's I/O worker or the alerts
 * timer): return quickly and hand UI work to the UI thread. An exception thrown here is logged and goes no
 * further.
 */
public interface AlertListener {

    /** A rule changed state. */
    default void changed(AlertRecord record) {
    }

    /** The operator asked for the system sound on this device's alerts, and one is due now. */
    default void soundDue(String deviceKey) {
    }

    /** The observatory became safe or unsafe. */
    default void safetyChanged(SafetyStatus status) {
    }
}
