package org.openjolo.astrolink4micro;

/** Constants other bundles (tests, scripts) may refer to. */
public final class AstroLink4Micro {

    private AstroLink4Micro() {
    }

    /** The family id used in settings, program arguments ({@code astrolink4micro@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "astrolink4micro";

    /** The model name. */
    public static final String MODEL = "AstroLink 4 micro";

    /** Serial line speed. */
    public static final int BAUD_RATE = 38400;

    /** What the identify reply starts with: the same as the mini II's and the first mini's (the makers' check). */
    public static final String IDENTITY_PREFIX = "#:AstroLink4mini";

    /**
     * What the simulator sends in the first field of its status line. The micro's own code is not public (its
     * driver ignores the field), so the family takes any code that is not a number; this one is the workbench's
     * choice.
     */
    public static final String SIMULATED_DEVICE_CODE = "AL4MIC";
}
