package org.openjolo.core.description;

import java.util.Locale;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;

/**
 * The allowed range of one number, in the unit people see. It is the only place a limit is written: the part
 * that edits the value, the driver that checks it before the wire, settings import and the Alpaca server all
 * refuse with {@link #refusal} and so say the same words.
 *
 * @param min      smallest allowed value
 * @param max      largest allowed value
 * @param unit     unit symbol for people, "" when dimensionless
 * @param decimals digits after the decimal point people type and see (0 for whole numbers)
 */
public record Limit(double min, double max, String unit, int decimals) {

    /** Checks the parts. */
    public Limit {
        if (!(min <= max)) {
            throw new IllegalArgumentException("A limit's minimum " + min + " must not be above its maximum " + max);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A limit needs a unit (\"\" when dimensionless)");
        }
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("A limit has 0 to 6 decimals, not " + decimals);
        }
    }

    /** Whole numbers from {@code min} to {@code max}. */
    public static Limit whole(long min, long max, String unit) {
        return new Limit(min, max, unit, 0);
    }

    /** Numbers from {@code min} to {@code max} shown with {@code decimals} digits. */
    public static Limit of(double min, double max, String unit, int decimals) {
        return new Limit(min, max, unit, decimals);
    }

    /** Whether the limit takes whole numbers only. */
    public boolean isWhole() {
        return decimals == 0;
    }

    /** Whether {@code value} is allowed (and whole where the limit takes whole numbers only). */
    public boolean allows(double value) {
        return value >= min && value <= max && (decimals > 0 || value == Math.rint(value));
    }

    /** The range for people: "1 to 4000 pps". */
    public String range() {
        return format(min) + " to " + format(max) + (unit.isEmpty() ? "" : " " + unit);
    }

    /**
     * The sentence that refuses {@code value} for {@code what}: "Speed 5000 is outside the allowed range 1 to
     * 4000 pps".
     */
    public String refusal(String what, String value) {
        return what + " " + value + " is outside the allowed range " + range();
    }

    /** {@link #refusal(String, String)} for a number. */
    public String refusal(String what, double value) {
        return refusal(what, format(value));
    }

    /**
     * Refuses a value outside the range before anything is sent.
     *
     * @throws DeviceException {@link Reason#INVALID_VALUE} with {@link #refusal}
     */
    public void check(String what, double value) throws DeviceException {
        if (!allows(value)) {
            throw new DeviceException(Reason.INVALID_VALUE, explain(what, value));
        }
    }

    /** Why {@code value} is refused: out of range, or not whole where the limit takes whole numbers. */
    private String explain(String what, double value) {
        return value >= min && value <= max ? what + " must be a whole number from " + range() + ", not " + value : refusal(what, value);
    }

    /**
     * Reads a value typed by a person or found in a file: a number within the range, or the refusal (which
     * names the range) as an {@link IllegalArgumentException}.
     */
    public double parse(String what, String text) {
        String s = text == null ? "" : text.strip();
        try {
            double v = Double.parseDouble(s);
            // Java's parser takes "5d" and "0x1p3"; people and files mean digits
            if (s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                if (allows(v)) {
                    return v;
                }
                throw new IllegalArgumentException(explain(what, v));
            }
        } catch (NumberFormatException e) {
            // refused below with the range
        }
        throw new IllegalArgumentException(s.isEmpty() ? what + " is empty: the allowed range is " + range() : refusal(what, "'" + s + "'"));
    }

    /** A value as this limit shows it: "4000", "0.45", "-12.5". */
    public String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (decimals == 0 || !Double.isFinite(value)) {
            // a refused 2.5 for a whole-number limit is shown as typed, not rounded to the 3 it is not
            return Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
