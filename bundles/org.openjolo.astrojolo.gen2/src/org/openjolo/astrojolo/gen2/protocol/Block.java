package org.openjolo.astrojolo.gen2.protocol;

import java.util.List;

/**
 * Field numbers of the one second-generation settings block {@code u} / {@code U}
 * ({@code docs/protocol/astrolink4-mini2.md} §4); the field of focuser {@code f} (0 or 1) is the first
 * focuser's plus {@code f}. Scales are the firmware's: motor current in mA ÷ 10, step size and compensation
 * × 100, protection levels in mV and mA (inferred from the makers' simulation values).
 */
public final class Block {

    private Block() {
    }

    /** Number of fields. */
    public static final int FIELDS = 40;

    /** Device-wide fields. */
    public static final int BUZZER = 1, HAND_CONTROLLER = 2, COMPENSATION_CYCLE = 21, PWM_PRESCALER = 26, OUTPUT1_DEFAULT = 27,
            PWM1_DEFAULT = 30, HEAT_SENSOR = 32, HEAT_START = 33, HEAT_FULL = 34, AUTO_PRESET = 35, ADC_REFERENCE = 36, OVER_VOLTAGE = 37,
            OVER_CURRENT = 38, SENSITIVITY = 39, COMPENSATION_SENSOR = 40;

    /** First focuser's fields; add the focuser index for the second one's. */
    public static final int CURRENT = 3, HOLD = 5, SPEED = 7, ACCELERATION = 9, MODE = 11, MAX_POSITION = 13, REVERSED = 15,
            STEP_SIZE = 17, COMPENSATION = 19, COMPENSATION_TRIGGER = 22, COMPENSATION_AUTO = 24;

    /** Every first-focuser field above, in field order. */
    public static final List<Integer> FOCUSER_FIELDS = List.of(CURRENT, HOLD, SPEED, ACCELERATION, MODE, MAX_POSITION, REVERSED, STEP_SIZE,
            COMPENSATION, COMPENSATION_TRIGGER, COMPENSATION_AUTO);

    /** The field {@code first} (one of the focuser fields above) of focuser {@code focuser} (0-based). */
    public static int of(int first, int focuser) {
        return first + focuser;
    }

    /** The makers' simulated block: the only known real-looking set, the virtual device's and the factory defaults. */
    public static final String DEFAULTS = "1:1:80:120:30:50:200:800:200:800:0:2:10000:80000:0:0:50:18:30:15:5:10:10:0:1:0:0:0:0:0:0:0:40:90:10:1100:14000:10000:100:0";

    /**
     * {@link #DEFAULTS} for a model with {@code focusers} focusers: the fields of a focuser it lacks are 0. A
     * one-focuser model's block keeps the two-focuser layout (the makers' drivers for it are copies of the mini II's
     * and read those fields), and 0 is what a firmware without the motor would hold there.
     */
    public static String defaults(int focusers) {
        String[] values = DEFAULTS.split(":");
        for (int f = focusers; f < 2; f++) {
            for (int first : FOCUSER_FIELDS) {
                values[of(first, f) - 1] = "0";
            }
        }
        return String.join(":", values);
    }

    /** PWM frequencies for the prescaler codes 0..3 of field 26, Hz (inferred: the first generation's codes). */
    public static final int[] PWM_FREQUENCIES = { 122, 490, 4000, 31000 };
}
