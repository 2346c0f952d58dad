package org.openjolo.astrolink4.internal.protocol;

import java.util.ArrayList;
import java.util.List;

import org.openjolo.core.io.ProtocolException;

/**
 * A settings block as read ({@code u}, {@code e}, {@code n}, {@code z}) and written back with the upper-case
 * letter after changing some fields: the makers' read-modify-write, so fields we do not understand are sent
 * back unchanged.
 */
public final class SettingsBlock {

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

    private final char letter;
    private final List<String> fields;

    private SettingsBlock(char letter, List<String> fields) {
        this.letter = letter;
        this.fields = fields;
    }

    /**
     * Parses a block reply and checks its length.
     *
     * @param letter   the lower-case read letter
     * @param expected number of fields
     */
    public static SettingsBlock parse(char letter, int expected, String reply) throws ProtocolException {
        Fields f = Fields.parse(letter, reply);
        if (f.count() < expected) {
            throw new ProtocolException("Settings block '" + letter + "' has " + f.count() + " fields, expected " + expected, reply);
        }
        SettingsBlock b = new SettingsBlock(letter, new ArrayList<>(f.tokens().subList(1, f.tokens().size())));
        for (int i = 1; i <= expected; i++) {
            f.decimal(i, letter + " field " + i);
        }
        return b;
    }

    /** Field {@code n} (1-based) as an integer (decimals rounded, as some firmwares send {@code 14.0}). */
    public int get(int n) {
        return (int) Math.round(Double.parseDouble(fields.get(n - 1).strip()));
    }

    /** Field {@code n} as sent. */
    public String text(int n) {
        return fields.get(n - 1).strip();
    }

    /** Field {@code n} as a decimal number. */
    public double decimal(int n) {
        return Double.parseDouble(fields.get(n - 1).strip());
    }

    /** Sets field {@code n}. */
    public SettingsBlock set(int n, int value) {
        fields.set(n - 1, Integer.toString(value));
        return this;
    }

    /** The write request: upper-case letter, all fields, trailing ':'. */
    public String writeRequest() {
        return Requests.write(Character.toUpperCase(letter), fields);
    }

}
