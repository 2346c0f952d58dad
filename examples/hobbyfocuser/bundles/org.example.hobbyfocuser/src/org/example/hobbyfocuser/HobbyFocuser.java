package org.example.hobbyfocuser;

/** Constants of the hobby focuser family, for scripts and tests. */
public final class HobbyFocuser {

    private HobbyFocuser() {
    }

    /** The family id ({@code -simulate hobbyfocuser}, {@code -connect hobbyfocuser@/dev/ttyACM0}). */
    public static final String FAMILY_ID = "hobbyfocuser";

    /** The model name. */
    public static final String MODEL = "Hobby focuser";

    /** The Arduino sketch's serial speed. */
    public static final int BAUD_RATE = 9600;
}
