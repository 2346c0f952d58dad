package org.openjolo.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.core.DeviceException;
import org.openjolo.core.io.SettingsBlock.Rule;
import org.openjolo.testing.Fuzz;

/**
 * The astrojolo reply splitter and settings blocks every first-generation family and the FocuserLink parse
 * with: whatever a device sends, the only failure is a {@link ProtocolException}; what parses reads back as
 * sent; what is written is one line with one value per field.
 */
class FieldsFuzzTest {

    /** A real settings reply (the virtual AstroLink 4's {@code u}) and status line, for mutations. */
    private static final String U_REPLY = "u:25000:220:0:100:440:0:0:1:257:0:0:0:0:0:1:0:0";
    private static final String Q_REPLY = "q:10000:0:0.56:1:14.00:62.00:6.77:1:16.50:0:0:1:0:0:12.56:5.00:0.00:0.00:0:0:0:0.00:1:-7.00:14.40:1:16.50:50.00:6.08:1:20.80";

    private static final String ALPHABET = "qu:0123456789.-+ eE";

    /** Every accessor of every field, and one past either end. */
    private static void readEverything(Fields f) throws ProtocolException {
        for (int n = 0; n <= f.count() + 1; n++) {
            int field = n;
            Fuzz.onlyThrows(() -> f.text(field), ProtocolException.class);
            Fuzz.onlyThrows(() -> f.integer(field, "field"), ProtocolException.class);
            Fuzz.onlyThrows(() -> f.flag(field, "field"), ProtocolException.class);
            Throwable t = Fuzz.onlyThrows(() -> f.decimal(field, "field"), ProtocolException.class);
            if (t == null) {
                assertTrue(Double.isFinite(f.decimal(field, "field")), "decimal() only returns finite numbers");
            }
        }
        assertEquals(f.tokens().size() - 1, f.count());
    }

    private static String anyReply(Fuzz f) {
        return switch (f.nextInt(4)) {
            case 0 -> f.line(80);
            case 1 -> f.fromAlphabet(ALPHABET, 60);
            case 2 -> f.mutate(Q_REPLY, ':');
            default -> f.fieldsLine("q:", ':', 35);
        };
    }

    @Test
    void anyReplyIsAProtocolErrorOrFieldsThatReadWithoutCrashing() {
        Fuzz.forTest("Fields.parse", 2_000).forAll(FieldsFuzzTest::anyReply, reply -> {
            Fuzz.onlyThrows(() -> readEverything(Fields.parse('q', reply)), ProtocolException.class);
            Fuzz.onlyThrows(() -> Fields.ack('q', reply), ProtocolException.class);
        });
    }

    private static String anyBlock(Fuzz f) {
        return switch (f.nextInt(4)) {
            case 0 -> f.line(80);
            case 1 -> f.fromAlphabet(ALPHABET, 70);
            case 2 -> f.fieldsLine("u:", ':', 20);
            default -> f.mutate(U_REPLY, ':');
        };
    }

    @Test
    void anySettingsReplyIsAProtocolErrorOrABlockWhoseFieldsAreWholeNumbers() {
        Fuzz.forTest("SettingsBlock.parse", 8_000).forAll(FieldsFuzzTest::anyBlock, reply -> {
            Throwable refused = Fuzz.onlyThrows(() -> SettingsBlock.parse('u', 17, reply), ProtocolException.class);
            if (refused != null) {
                return;
            }
            SettingsBlock b = SettingsBlock.parse('u', 17, reply);
            for (int n = 1; n <= 17; n++) {
                // the drivers read every expected field with get(): it must be the number sent, not a wrapped int
                assertEquals(Math.round(b.decimal(n)), (long) b.get(n), "field " + n + " '" + b.text(n) + "'");
            }
            // read-modify-write sends every field back: whatever parsed must make one printable ASCII request
            b.set(1, b.get(1));
            assertPrintable(b.writeRequest());
        });
    }

    private static void assertPrintable(String request) {
        assertTrue(request.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), "not one printable ASCII line: " + Fuzz.literal(request));
    }

    @Test
    void aFieldWithALineEndOrNonAsciiIsAProtocolErrorNotEchoedIntoTheNextWrite() throws ProtocolException {
        // found by the driver fuzz test: the CR of an unknown 18th field went back in U:...:12\r: and the transport threw
        // IllegalArgumentException ("a request must be one line"), an internal driver error instead of a protocol error
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> SettingsBlock.parse('u', 17, "u:25000:220:0:100:440:0:0:0:257:0:0:0:0:0:1:0:0:12\r"));
        assertTrue(e.getMessage().contains("Field 18") && e.getMessage().contains("U+000D"), e.getMessage());
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('z', 2, "z:400\r:3"));
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('z', 2, "z:400:3:\u00e9"));
        assertEquals("Z:400:2: 7:", SettingsBlock.parse('z', 2, "z:400:3: 7").set(2, 2).writeRequest());
    }

    @Test
    void importedTextWithALineEndOrForeignDigitsIsRefused() {
        List<Rule> rules = List.of(new Rule("motor current (mA)", 100, 1500), new Rule("hold code", 0, 3));
        // Long.parseLong read these, and the driver then wrote the text as it was
        assertThrows(DeviceException.class, () -> SettingsBlock.check("device.z", "400\r:3", rules));
        assertThrows(DeviceException.class, () -> SettingsBlock.check("device.z", "400:\u0663", rules));
        assertThrows(DeviceException.class, () -> SettingsBlock.check("device.z", "400\n:3", rules));
    }

    @Test
    void aFieldBeyondTheIntegerRangeIsAProtocolErrorNotAWrappedNumber() throws ProtocolException {
        // found by the fuzz test above: get() rounded to a long and cast, so 2147483648 read as -2147483648
        ProtocolException e = assertThrows(ProtocolException.class, () -> SettingsBlock.parse('z', 2, "z:2147483648:3"));
        assertTrue(e.getMessage().contains("Field 1") && e.getMessage().contains("2147483648"), e.getMessage());
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('z', 2, "z:400:-99999999999"));
        assertThrows(ProtocolException.class, () -> SettingsBlock.parse('z', 2, "z:400:2147483647.5"));
        assertEquals(Integer.MIN_VALUE, SettingsBlock.parse('z', 2, "z:-2147483648:3").get(1));
        assertEquals(Integer.MAX_VALUE, SettingsBlock.parse('z', 2, "z:2147483647.0:3").get(1));
    }

    @Test
    void settingsBlocksRoundTripAndWritesAreOneFieldPerValue() {
        Fuzz.forTest("SettingsBlock round trip", 5_000).forAll(f -> {
            List<Integer> values = new ArrayList<>();
            int n = 1 + f.nextInt(20);
            for (int i = 0; i < n; i++) {
                values.add(f.anyInt());
            }
            return values;
        }, values -> {
            List<String> text = values.stream().map(String::valueOf).toList();
            SettingsBlock b = SettingsBlock.parse('e', values.size(), "e:" + String.join(":", text));
            for (int i = 0; i < values.size(); i++) {
                assertEquals(values.get(i), b.get(i + 1));
            }
            assertEquals(values.size(), b.count());
            assertEquals(String.join(":", text), b.values());
            b.set(1, values.get(0));
            String write = b.writeRequest();
            assertFalse(write.contains("\n") || write.contains("\r"), write);
            // letter, one token per value, and the empty token after the trailing ':'
            String[] tokens = write.split(":", -1);
            assertEquals(values.size() + 2, tokens.length, write);
            assertEquals("E", tokens[0]);
            assertEquals("", tokens[tokens.length - 1]);
            assertEquals(write, SettingsBlock.write('E', text));
        });
    }

    @Test
    void importedSettingsTextIsCheckedWithoutCrashing() {
        List<Rule> rules = List.of(new Rule("maximum position", 1, 10_000_000), new Rule("speed", 1, 4000), new Rule("reversed", 0, 1));
        Fuzz.forTest("SettingsBlock.check", 20_000).forAll(f -> f.nextInt(3) == 0 ? f.line(40) : f.mutate("25000:220:0", ':'),
                value -> {
                    if (Fuzz.onlyThrows(() -> SettingsBlock.check("device.u", value, rules), DeviceException.class) == null) {
                        // the drivers write an accepted value as it is: U:<value>:
                        assertPrintable("U:" + value.strip() + ":");
                    }
                });
    }
}
