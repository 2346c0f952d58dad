package org.openjolo.astrolink4mini2;

/** Constants other bundles (tests, scripts) may refer to. */
public final class AstroLink4Mini2 {

    private AstroLink4Mini2() {
    }

    /** The family id used in settings, program arguments ({@code astrolink4mini2@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "astrolink4mini2";

    /** The model name. */
    public static final String MODEL = "AstroLink 4 mini II";

    /** Serial line speed. */
    public static final int BAUD_RATE = 38400;

    /** What the mini II sends in the first field of its status line. */
    public static final String DEVICE_CODE = "AL4MII";
}
