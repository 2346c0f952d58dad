package org.openjolo.astrolink4max;

/** Constants other bundles (tests, scripts) may refer to. */
public final class AstroLink4Max {

    private AstroLink4Max() {
    }

    /** The family id used in settings, program arguments ({@code astrolink4max@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "astrolink4max";

    /** The model name. */
    public static final String MODEL = "AstroLink 4 MAX";

    /** Serial line speed. */
    public static final int BAUD_RATE = 38400;

    /**
     * What the makers' driver requires the identify reply to start with (compared case-sensitively), which the
     * simulator answers.
     */
    public static final String IDENTITY_PREFIX = "#:AstroLink4Max";

    /** The spelling of the makers' own simulation table, which their check rejects: accepted too. */
    public static final String SIMULATION_IDENTITY_PREFIX = "#:AstroLink4max";

    /**
     * What the simulator sends in the first field of its status line. The MAX's own code is not public (the
     * makers' simulation still sends the mini II's {@code AL4MII}), so the family takes any code that is not a
     * number; this one is the workbench's choice.
     */
    public static final String SIMULATED_DEVICE_CODE = "AL4MAX";
}
