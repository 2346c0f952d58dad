package org.openjolo.astrojolo.gen1.protocol;

/** Field numbers and codes of the AstroLink 4 USB settings blocks ({@code docs/protocol/astrolink4-usb.md}). */
public final class Blocks {

    private Blocks() {
    }

    /** {@code u}: field numbers. */
    public static final int U_MAX_POSITION = 1, U_SPEED = 2, U_POWER_STOPPED = 3, U_POWER_RUNNING = 4,
            U_ACCELERATION = 5, U_REVERSED = 6, U_MODE = 7, U_COMP_SENSOR = 8, U_STEP_SIZE = 9, U_PWM_PRESCALER = 10,
            U_STEPPER_PRESCALER = 11, U_BUZZER = 12, U_HEAT_SENSOR = 13, U_DC_REVERSED = 14, U_OUTPUT1_DEFAULT = 15;
    /** Number of fields in {@code u}. */
    public static final int U_FIELDS = 17;
    /** {@code n}: field numbers (ADC coefficient ×1000, over-voltage V×10, over-current A×10, sensitivity ms). */
    public static final int N_ADC = 1, N_OVER_VOLTAGE = 2, N_OVER_CURRENT = 3, N_SENSITIVITY = 4;
    /** Number of fields in {@code n}. */
    public static final int N_FIELDS = 4;
    /** {@code e}: field numbers (cycle s, coefficient steps/°C ×100, sensor, auto, threshold). */
    public static final int E_CYCLE = 1, E_COEFFICIENT = 2, E_SENSOR = 3, E_AUTO = 4, E_THRESHOLD = 5;
    /** Number of fields in {@code e}. */
    public static final int E_FIELDS = 5;
    /** PWM frequencies for the prescaler codes 0..3 of {@code u} field 10, Hz (ancestor firmware). */
    public static final int[] PWM_FREQUENCIES = { 122, 490, 4000, 31000 };
    /** {@code z}: field numbers. */
    public static final int Z_CURRENT = 1, Z_HOLD = 2;
    /** Number of fields in {@code z}. */
    public static final int Z_FIELDS = 2;
    /** {@code z} hold codes. */
    public static final int HOLD_ON = 2, HOLD_OFF = 3;
}
