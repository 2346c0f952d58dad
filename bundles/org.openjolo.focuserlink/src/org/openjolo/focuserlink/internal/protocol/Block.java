package org.openjolo.focuserlink.internal.protocol;

/**
 * Field numbers of the FocuserLink {@code u} block. Fields 1-4 are inferred from the FocuserOne v2 (the makers'
 * FocuserLink driver never uses them), so the workbench shows them but never changes them.
 */
public final class Block {

    private Block() {
    }

    /** Motor current mA, hold code, speed, stepper mode (inferred, read-only here). */
    public static final int CURRENT = 1, HOLD = 2, SPEED = 3, MODE = 4;
    /** Travel and compensation fields the makers' driver writes. */
    public static final int MAX_POSITION = 5, REVERSED = 6, STEP_SIZE = 7, COEFFICIENT = 8, CYCLE = 9, THRESHOLD = 10, AUTO = 11;
    /** Number of fields the driver relies on; more may follow and are written back unchanged. */
    public static final int FIELDS = 11;
    /** Hold code: motor powered while stopped / unpowered. */
    public static final int HOLD_ON = 2, HOLD_OFF = 3;
    /** The cycle the makers' driver always writes, seconds. */
    public static final int DRIVER_CYCLE = 30;
    /** The factory block (the notes' suggested simulator block: travel 60000, step 0.5 µm, threshold 20). */
    public static final String DEFAULTS = "400:3:100:0:60000:0:50:0:30:20:0";
}
