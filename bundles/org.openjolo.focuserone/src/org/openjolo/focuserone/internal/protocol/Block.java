package org.openjolo.focuserone.internal.protocol;

/**
 * Field numbers of the FocuserOne v2 {@code u} block (19 fields, {@code docs/protocol/focuserone.md} §2). The
 * makers' driver uses fields 1-11; fields 12-19 (display and rotator) are read and written back as the device
 * has them.
 */
public final class Block {

    private Block() {
    }

    /** Motor current mA, hold code, speed steps/s, stepper mode 0-3. */
    public static final int CURRENT = 1, HOLD = 2, SPEED = 3, MODE = 4;
    /** Travel: maximum position, reversed, step size µm × 100. */
    public static final int MAX_POSITION = 5, REVERSED = 6, STEP_SIZE = 7;
    /** Compensation: coefficient steps/°C × 100, cycle s, trigger steps, automatic. */
    public static final int COEFFICIENT = 8, CYCLE = 9, THRESHOLD = 10, AUTO = 11;
    /** Display contrast, dimmed contrast, dimming delay, splash screen, display off (not used by the makers' driver). */
    public static final int CONTRAST = 12, CONTRAST_DIMMED = 13, DIM_DELAY = 14, SPLASH = 15, DISPLAY_OFF = 16;
    /** Rotator use: steps per degree, operating mode (inferred), offset (not used by the makers' driver). */
    public static final int STEPS_PER_DEGREE = 17, OPERATING_MODE = 18, ROTATOR_OFFSET = 19;
    /** Number of fields. */
    public static final int FIELDS = 19;
    /** Hold code: motor powered while stopped / unpowered; the driver reads anything below 3 as on. */
    public static final int HOLD_ON = 2, HOLD_OFF = 3;
    /** The cycle the makers' driver always writes, seconds. */
    public static final int DRIVER_CYCLE = 30;
    /** The factory block (the notes' suggested block; fields 12-19 are guesses). */
    public static final String DEFAULTS = "400:3:250:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0";
}
