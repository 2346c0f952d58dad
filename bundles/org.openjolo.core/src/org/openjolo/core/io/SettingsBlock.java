package org.openjolo.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.openjolo.core.DeviceException;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.core.DeviceException.Reason;

/**
 * A settings block as the astrojolo firmwares send it (a lower-case letter and ':'-separated numbers, e.g.
 * {@code u:25000:220:...}) and write it back (the upper-case letter, every field, a trailing ':'). Drivers
 * change some fields and send the rest back as read: the makers' read-modify-write, so fields a driver does
 * not understand survive a write unchanged. Field numbers are the family's; see its protocol notes.
 */
public final class SettingsBlock {

    /**
     * A field's name and allowed range, for checking a block typed or imported by a person before it is written.
     * A field that holds a described setting takes its limit from the description ({@link #of}), so an import
     * is refused in the same words as the part and the driver.
     *
     * @param name    what the field is, for the error message ("maximum position")
     * @param min     smallest allowed value on the wire
     * @param max     largest allowed value on the wire
     * @param setting the described setting the field holds, or null
     * @param scale   the wire value is the setting's value times this (100 for a step size in µm × 100)
     */
    public record Rule(String name, long min, long max, SettingDescription setting, double scale) {

        /** A field with a range of its own. */
        public Rule(String name, long min, long max) {
            this(name, min, max, null, 1);
        }

        /** A field holding {@code setting} as it is. */
        public static Rule of(SettingDescription setting) {
            return of(setting, 1);
        }

        /** A field holding {@code setting} times {@code scale}. */
        public static Rule of(SettingDescription setting, double scale) {
            Limit l = setting.range().orElseThrow(() -> new IllegalArgumentException(setting.id() + " is not a number setting"));
            return new Rule(setting.label(), Math.round(Math.ceil(l.min() * scale)), Math.round(Math.floor(l.max() * scale)), setting, scale);
        }

        /** Why {@code wire} is refused, or null when it is allowed. */
        String refusal(long wire) {
            if (setting != null) {
                double v = wire / scale;
                Limit l = setting.range().orElseThrow();
                return l.allows(v) ? null : l.refusal(setting.label(), l.format(v));
            }
            return wire < min || wire > max ? name + " " + wire + " is outside the allowed range " + min + " to " + max : null;
        }
    }

    private final char letter;
    private final List<String> fields;

    private SettingsBlock(char letter, List<String> fields) {
        this.letter = letter;
        this.fields = fields;
    }

    /**
     * Parses a block reply and checks that it has at least {@code expected} numeric fields, each a whole number an int holds once rounded.
     *
     * @param letter   the lower-case read letter
     * @param expected number of fields
     * @throws ProtocolException when the reply is not that block, one of the expected fields is not a number or does not fit an
     *                           int, or any field holds a character that is not printable ASCII (it could not be written back)
     */
    public static SettingsBlock parse(char letter, int expected, String reply) throws ProtocolException {
        Fields f = Fields.parse(letter, reply);
        if (f.count() < expected) {
            throw new ProtocolException("Settings block '" + letter + "' has " + f.count() + " fields, expected " + expected, reply);
        }
        SettingsBlock b = new SettingsBlock(letter, new ArrayList<>(f.tokens().subList(1, f.tokens().size())));
        for (int i = 1; i <= f.count(); i++) {
            // every field, understood or not, goes back to the device in the next write: it must keep that a line
            int bad = firstNonPrintable(f.text(i));
            if (bad >= 0) {
                throw new ProtocolException(String.format(java.util.Locale.ROOT, "Field %d (%c field %d) contains the character U+%04X, expected printable ASCII",
                        i, letter, i, bad), reply);
            }
        }
        for (int i = 1; i <= expected; i++) {
            long rounded = Math.round(f.decimal(i, letter + " field " + i));
            // get() hands the drivers an int: a larger number would silently wrap into another setting
            if (rounded < Integer.MIN_VALUE || rounded > Integer.MAX_VALUE) {
                throw new ProtocolException("Field " + i + " (" + letter + " field " + i + ") is '" + f.text(i).strip()
                        + "', expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, reply);
            }
        }
        return b;
    }

    /**
     * Asks for block {@code letter} (the request is the letter itself, as in every astrojolo firmware) and parses it.
     *
     * @throws ProtocolException when the reply is not that block with at least {@code expected} fields
     */
    public static SettingsBlock read(LineExchange io, char letter, int expected) throws IOException {
        return parse(letter, expected, io.exchange(String.valueOf(letter)));
    }

    /**
     * The makers' read-modify-write: reads block {@code letter}, lets {@code change} set the fields it writes, sends
     * the whole block back ({@link #writeRequest()}) and checks the acknowledgement. Fields nobody set go back as
     * the device sent them.
     *
     * @return the block as written
     */
    public static SettingsBlock rewrite(LineExchange io, char letter, int expected, Consumer<SettingsBlock> change) throws IOException {
        SettingsBlock block = read(io, letter, expected);
        change.accept(block);
        Fields.ack(Character.toUpperCase(letter), io.exchange(block.writeRequest()));
        return block;
    }

    /** The first character of {@code s} outside printable ASCII (a line end, a control, non-ASCII), or -1. */
    private static int firstNonPrintable(String s) {
        return s.chars().filter(c -> c < 0x20 || c > 0x7e).findFirst().orElse(-1);
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

    /** Number of fields read, including those beyond the expected ones. */
    public int count() {
        return fields.size();
    }

    /** Sets field {@code n}. */
    public SettingsBlock set(int n, int value) {
        fields.set(n - 1, Integer.toString(value));
        return this;
    }

    /** The fields after the letter as the device would send them ({@code 25000:220:...}), for export. */
    public String values() {
        return String.join(":", fields);
    }

    /** The write request: upper-case letter, all fields, trailing ':'. */
    public String writeRequest() {
        return write(Character.toUpperCase(letter), fields);
    }

    /**
     * A settings write: the upper-case letter, the fields, and the trailing ':' every maker driver appends
     * (e.g. {@code U:25000:250:...:0:}).
     */
    public static String write(char upperLetter, List<String> fields) {
        StringBuilder sb = new StringBuilder().append(upperLetter);
        for (String f : fields) {
            sb.append(':').append(f);
        }
        return sb.append(':').toString();
    }

    /**
     * Checks a block's text as typed or imported ({@code 25000:220:...}): exactly one whole number per rule,
     * each in its range. Nothing is written when this refuses.
     *
     * @param key   the setting's name, for the message
     * @param value the ':'-separated values
     * @throws DeviceException (INVALID_VALUE) naming the first wrong field
     */
    public static void check(String key, String value, List<Rule> rules) throws DeviceException {
        String text = value == null ? "" : value.strip();
        int bad = firstNonPrintable(text);
        if (bad >= 0) {
            // the drivers write the text as it is: a line end or a non-ASCII character would break the request
            throw new DeviceException(Reason.INVALID_VALUE, String.format(java.util.Locale.ROOT,
                    "Setting '%s' contains the character U+%04X; it takes whole numbers separated by ':'", key, bad));
        }
        String[] values = text.isEmpty() ? new String[0] : text.split(":");
        if (values.length != rules.size()) {
            throw new DeviceException(Reason.INVALID_VALUE, "Setting '" + key + "' needs " + rules.size() + " values separated by ':', found " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            Rule r = rules.get(i);
            long v;
            try {
                String digits = values[i].strip();
                // Long.parseLong also takes other scripts' digits, which the device could not read
                if (!digits.matches("[-+]?[0-9]+")) {
                    throw new NumberFormatException(digits);
                }
                v = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new DeviceException(Reason.INVALID_VALUE, "Setting '" + key + "': " + r.name() + " '" + values[i] + "' is not a whole number");
            }
            String refusal = r.refusal(v);
            if (refusal != null) {
                throw new DeviceException(Reason.INVALID_VALUE, "Setting '" + key + "': " + refusal);
            }
        }
    }
}
