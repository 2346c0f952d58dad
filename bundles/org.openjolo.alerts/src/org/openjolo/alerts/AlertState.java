package org.openjolo.alerts;

/** How a value stands against its rule. */
public enum AlertState {
    /** Inside the OK range, outside the warning band. */
    OK,
    /** Inside the OK range but within the warning band of a limit (shown orange). */
    WARNING,
    /** Outside the OK range (shown red). */
    ALERT;

    /** The worse of two states. */
    public AlertState worst(AlertState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
