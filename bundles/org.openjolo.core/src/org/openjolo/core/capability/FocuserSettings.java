package org.openjolo.core.capability;

/**
 * The focuser's motor and travel settings. A family that lacks a setting reports the value it uses and
 * ignores changes to it (see {@link Focuser#supports(Setting)}).
 *
 * @param maxPosition        highest position the focuser may go to, steps
 * @param reversed           motor direction reversed
 * @param stepSizeMicrons    travel per step in µm (for the mm display and Alpaca StepSize)
 * @param backlash           backlash compensation in steps applied by the workbench to the moves it issues;
 *                           positive for outward moves, negative for inward moves, 0 for none
 * @param speed              motor speed, steps (pulses) per second
 * @param acceleration       steps per second²
 * @param motorCurrentMa     motor current limit, mA
 * @param holdTorquePercent  current applied while stopped, percent (0 = motor unpowered when idle)
 * @param mode               stepper drive mode
 */
public record FocuserSettings(int maxPosition, boolean reversed, double stepSizeMicrons, int backlash, int speed,
        int acceleration, int motorCurrentMa, int holdTorquePercent, StepperMode mode) {

    /** Individually supported settings. */
    public enum Setting {
        /** {@link FocuserSettings#maxPosition()} */
        MAX_POSITION,
        /** {@link FocuserSettings#reversed()} */
        REVERSED,
        /** {@link FocuserSettings#stepSizeMicrons()} */
        STEP_SIZE,
        /** {@link FocuserSettings#backlash()} */
        BACKLASH,
        /** {@link FocuserSettings#speed()} */
        SPEED,
        /** {@link FocuserSettings#acceleration()} */
        ACCELERATION,
        /** {@link FocuserSettings#motorCurrentMa()} */
        MOTOR_CURRENT,
        /** {@link FocuserSettings#holdTorquePercent()} */
        HOLD_TORQUE,
        /** {@link FocuserSettings#mode()} */
        MODE
    }

    /** A copy with another maximum position. */
    public FocuserSettings withMaxPosition(int value) {
        return new FocuserSettings(value, reversed, stepSizeMicrons, backlash, speed, acceleration, motorCurrentMa, holdTorquePercent, mode);
    }

    /** A copy with another direction. */
    public FocuserSettings withReversed(boolean value) {
        return new FocuserSettings(maxPosition, value, stepSizeMicrons, backlash, speed, acceleration, motorCurrentMa, holdTorquePercent, mode);
    }

    /** A copy with another speed. */
    public FocuserSettings withSpeed(int value) {
        return new FocuserSettings(maxPosition, reversed, stepSizeMicrons, backlash, value, acceleration, motorCurrentMa, holdTorquePercent, mode);
    }

    /** A copy with another acceleration. */
    public FocuserSettings withAcceleration(int value) {
        return new FocuserSettings(maxPosition, reversed, stepSizeMicrons, backlash, speed, value, motorCurrentMa, holdTorquePercent, mode);
    }

    /** A copy with another backlash. */
    public FocuserSettings withBacklash(int value) {
        return new FocuserSettings(maxPosition, reversed, stepSizeMicrons, value, speed, acceleration, motorCurrentMa, holdTorquePercent, mode);
    }

    /** Position in millimetres for a position in steps. */
    public double toMillimetres(int steps) {
        return steps * stepSizeMicrons / 1000.0;
    }
}
