package org.openjolo.astrolink4;

/** Constants other bundles (the family's UI, tests, scripts) may refer to. */
public final class AstroLink4 {

    private AstroLink4() {
    }

    /** The family id used in settings, program arguments ({@code astrolink4@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "astrolink4";

    /** The model name. */
    public static final String MODEL = "AstroLink 4 USB";

    /** Serial line speed of the AstroLink 4 USB. */
    public static final int BAUD_RATE = 38400;
}
