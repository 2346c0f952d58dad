package org.openjolo.astrojolo.gen1.protocol;

/**
 * Every request line the driver sends, exactly as {@code docs/protocol/astrolink4-usb.md} and
 * {@code astrolink4-mini.md} give it (without the LF the transport appends). Ranges are checked by the driver
 * before these are built.
 */
public final class Requests {

    private Requests() {
    }

    /** Identify. */
    public static final String IDENTIFY = "#";
    /** Status line. */
    public static final String STATUS = "q";
    /** Read the stepper/device settings block. */
    public static final String READ_SETTINGS = "u";
    /** Read the compensation block. */
    public static final String READ_COMPENSATION = "e";
    /** Read the ADC/protection block. */
    public static final String READ_PROTECTION = "n";
    /** Read motor current and hold. */
    public static final String READ_MOTOR = "z";
    /** Read the buzzer flag. */
    public static final String READ_BUZZER = "j";
    /** Read the hand-controller flag. */
    public static final String READ_HAND_CONTROLLER = "f";
    /** Stop the stepper. */
    public static final String STOP = "H";

    /** Stop the DC focuser motor. */
    public static final String DC_STOP = "K";

    /** Run the DC focuser: direction 1 = in, 0 = out (the makers' mapping), power %, duration ms. */
    public static String dcRun(boolean inward, int powerPercent, int durationMs) {
        return "G:" + (inward ? 1 : 0) + ":" + powerPercent + ":" + durationMs;
    }

    /** Absolute move of stepper 0. */
    public static String moveTo(int target) {
        return "R:0:" + target;
    }

    /** Set the current position without moving. */
    public static String sync(int position) {
        return "P:0:" + position;
    }

    /** Apply pending compensation if it exceeds {@code threshold} steps. */
    public static String compensate(int threshold) {
        return "S:" + threshold;
    }

    /** Switch 12 V output {@code index} (0..2). */
    public static String output(int index, boolean on) {
        return "C:" + index + ":" + (on ? 1 : 0);
    }

    /** PWM channel {@code channel} (0 = A, 1 = B): 0..100 %, or 255 for the automatic (humidity) mode. */
    public static String pwm(int channel, int value) {
        return "B:" + channel + ":" + value;
    }

    /** Buzzer on/off (read-modify-write form with trailing ':'). */
    public static String buzzer(boolean on) {
        return "J:" + (on ? 1 : 0) + ":";
    }

    /** Hand controller on/off (no trailing ':'). */
    public static String handController(boolean on) {
        return "F:" + (on ? 1 : 0);
    }
}
