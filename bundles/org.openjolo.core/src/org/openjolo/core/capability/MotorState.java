package org.openjolo.core.capability;

/** What the focuser motor is doing (the manual's motor icon: red, blue, green). */
public enum MotorState {
    /** Rotating. */
    MOVING,
    /** Idle with holding current applied. */
    HOLDING,
    /** Idle and unpowered. */
    IDLE
}
