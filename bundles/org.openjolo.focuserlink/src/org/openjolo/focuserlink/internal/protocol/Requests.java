package org.openjolo.focuserlink.internal.protocol;

/**
 * Every request line the driver sends, exactly as {@code docs/protocol/focuserlink.md} gives it (without the
 * LF the transport appends). Note the asymmetry the makers' drivers have: the move carries the focuser index
 * ({@code R:0:<target>}), the sync does not ({@code P:<position>}).
 */
public final class Requests {

    private Requests() {
    }

    /** Identify. */
    public static final String IDENTIFY = "#";
    /** Status line. */
    public static final String STATUS = "q";
    /** Read the settings block. */
    public static final String READ_SETTINGS = "u";
    /** Read whether the device's buttons are enabled. */
    public static final String READ_MANUAL = "f";
    /** Stop the motor. */
    public static final String STOP = "H";

    /** Absolute move. */
    public static String moveTo(int target) {
        return "R:0:" + target;
    }

    /** Set the current position without moving: no focuser index. */
    public static String sync(int position) {
        return "P:" + position;
    }

    /** Apply pending compensation if it exceeds {@code threshold} steps. */
    public static String compensate(int threshold) {
        return "S:" + threshold;
    }

    /** Enable or disable the device's buttons. */
    public static String manual(boolean on) {
        return "F:" + (on ? 1 : 0);
    }
}
