package org.openjolo.focuserlink;

/** Constants other bundles (tests, scripts) may refer to. */
public final class FocuserLink {

    private FocuserLink() {
    }

    /** The family id used in settings, program arguments ({@code focuserlink@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "focuserlink";

    /** The model name. */
    public static final String MODEL = "FocuserLink";

    /** Serial line speed. */
    public static final int BAUD_RATE = 38400;

    /** Steps per revolution of the output shaft (a 48-step motor behind a 1:120 gearbox). */
    public static final int STEPS_PER_REVOLUTION = 5760;
}
