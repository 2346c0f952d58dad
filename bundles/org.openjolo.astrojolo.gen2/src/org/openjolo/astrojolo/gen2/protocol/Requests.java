package org.openjolo.astrojolo.gen2.protocol;

/**
 * Every request line the second-generation driver sends, exactly as {@code docs/protocol/astrolink4-mini2.md}
 * gives it (without the LF the transport appends). Ranges are checked by the driver before these are built.
 */
public final class Requests {

    private Requests() {
    }

    /** Identify. */
    public static final String IDENTIFY = "#";
    /** Status line. */
    public static final String STATUS = "q";
    /** Read the one settings block. */
    public static final String READ_SETTINGS = "u";

    /** Absolute move of focuser {@code focuser} (0 or 1). */
    public static String moveTo(int focuser, int target) {
        return "R:" + focuser + ":" + target;
    }

    /** Sets the position of focuser {@code focuser} without moving. */
    public static String sync(int focuser, int position) {
        return "P:" + focuser + ":" + position;
    }

    /**
     * Stops the motor without naming a focuser, as the micro's driver does for its one focuser (the virtual
     * device of a two-focuser model stops both).
     */
    public static final String STOP = "H";

    /** Stops focuser {@code focuser}. */
    public static String stop(int focuser) {
        return "H:" + focuser;
    }

    /** Switches 12 V output {@code index} (0..2). */
    public static String output(int index, boolean on) {
        return "C:" + index + ":" + (on ? 1 : 0);
    }

    /** PWM channel {@code channel} (0 = A, 1 = B) to {@code duty} % (0..100). */
    public static String pwm(int channel, int duty) {
        return "B:" + channel + ":" + duty;
    }
}
