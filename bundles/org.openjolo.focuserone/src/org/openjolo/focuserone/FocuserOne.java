package org.openjolo.focuserone;

/** Constants other bundles (tests, scripts) may refer to. */
public final class FocuserOne {

    private FocuserOne() {
    }

    /** The family id of the current firmware (v2) in settings, program arguments ({@code focuserone@/dev/ttyUSB0}) and logs. */
    public static final String FAMILY_ID = "focuserone";

    /** The family id of the first firmware (v1): {@code -simulate focuserone1}, {@code focuserone1@/dev/ttyUSB0}. */
    public static final String FAMILY_ID_V1 = "focuserone1";

    /** The model name of the current firmware. */
    public static final String MODEL = "FocuserOne";

    /** The model name of the first firmware. */
    public static final String MODEL_V1 = "FocuserOne v1";

    /** Serial line speed of both firmwares. */
    public static final int BAUD_RATE = 38400;

    /** What both firmwares answer to {@code #}, after the {@code #:}. */
    public static final String IDENTITY = "FocuserOne";
}
