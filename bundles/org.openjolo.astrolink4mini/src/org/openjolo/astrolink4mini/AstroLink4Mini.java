package org.openjolo.astrolink4mini;

/** Constants other bundles (the family's UI, tests, scripts) may refer to. */
public final class AstroLink4Mini {

    private AstroLink4Mini() {
    }

    /** The family id used in settings, program arguments ({@code astrolink4mini@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "astrolink4mini";

    /** The model name. */
    public static final String MODEL = "AstroLink 4 mini";

    /** Serial line speed of the first-model mini. */
    public static final int BAUD_RATE = 115200;
}
