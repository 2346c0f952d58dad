package org.openjolo.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded generator of hostile input for property tests of codecs: random bytes and lines, strings over a
 * protocol's own alphabet, and mutations of a valid reply (truncated, characters flipped, inserted or deleted,
 * a field replaced by garbage, a huge or negative number, NaN or nothing, separators doubled, non-ASCII).
 *
 * <p>Every test gets its own stream, derived from one base seed and the test's name, so a test run alone sees
 * the same inputs as in the whole suite. The base seed is fixed ({@link #DEFAULT_SEED}) so CI is repeatable;
 * {@code -Dopenjolo.fuzz.seed=<number>} replaces it, {@code -Dopenjolo.fuzz.seed=random} draws a new one, and
 * {@code -Dopenjolo.fuzz.runs=<n>} replaces every test's run count (for a longer soak). A failure names the
 * seed, the run and the input, escaped as a Java string literal to paste into a regression test. Under Tycho the
 * properties reach the test runtime through {@code -Dtycho.testArgLine="-Dopenjolo.fuzz.seed=..."}.</p>
 *
 * <pre>
 * Fuzz fuzz = Fuzz.forTest("StatusLine.parse", 5000);
 * fuzz.forAll(f -&gt; f.mutate(VALID, ':'), line -&gt; Fuzz.onlyThrows(() -&gt; StatusLine.parse(line), ProtocolException.class));
 * </pre>
 */
public final class Fuzz {

    /** System property of the base seed (a decimal or 0x hex number, or {@code random}). */
    public static final String SEED_PROPERTY = "openjolo.fuzz.seed";
    /** System property that replaces every test's number of runs. */
    public static final String RUNS_PROPERTY = "openjolo.fuzz.runs";
    /** The base seed when none is given. */
    public static final long DEFAULT_SEED = 0x0A57_01A4L;

    /** Field values that break naive parsers: empty, signs, overflow, not-a-number, hex, exponent, non-ASCII digits. */
    private static final List<String> NASTY = List.of("", " ", "-", "+", "-0", "-1", "+1", "00", "007", "1.", ".5", "-.5", "3.5", "1,5",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "99999999999999999999999999", "1e3", "1E-3", "1e309", "-1e309", "NaN", "-NaN", "Infinity", "-Infinity", "0x1F", "0x1p3",
            "1d", "1f", "1L", "1_000", " 12 ", "\t3", "12\r", "null", "true", "error", "\u0661\u0662", "\u00b2", "\u00e9", "\u0000",
            "\uffff", "\ud800", "4294967296", "-4294967295", "1" + "0".repeat(400), ":");
    /** Characters worth inserting: separators of the families' protocols, line ends, controls, non-ASCII. */
    private static final String SPECIAL = ":; ,.=&%+-#?\r\n\t\u0000\u007f\u0080\u00a0\u00ff\u20ac\ufffd";

    private final String name;
    private final long seed;
    private final int runs;
    private final SplittableRandom random;

    private Fuzz(String name, long seed, int runs) {
        this.name = name;
        this.seed = seed;
        this.runs = runs;
        this.random = new SplittableRandom(seed ^ mix(name));
    }

    /**
     * The generator of one test, seeded from the base seed and {@code name}; prints the seed and the run count.
     *
     * @param name        the test's name (part of the seed: keep it stable)
     * @param defaultRuns the runs when {@link #RUNS_PROPERTY} is not set: as many as fit in about a second
     */
    public static Fuzz forTest(String name, int defaultRuns) {
        long seed = baseSeed();
        int runs = Integer.getInteger(RUNS_PROPERTY, defaultRuns);
        System.out.printf(Locale.ROOT, "fuzz %s: %d runs, seed %d (reproduce with -D%s=%d)%n", name, runs, seed, SEED_PROPERTY, seed);
        return new Fuzz(name, seed, runs);
    }

    private static long baseSeed() {
        String given = System.getProperty(SEED_PROPERTY, "").strip();
        if (given.isEmpty()) {
            return DEFAULT_SEED;
        }
        if (given.equalsIgnoreCase("random")) {
            return System.nanoTime() ^ System.currentTimeMillis() << 20;
        }
        try {
            return given.startsWith("0x") || given.startsWith("0X") ? Long.parseUnsignedLong(given.substring(2), 16) : Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a number or 'random', not '" + given + "'", e);
        }
    }

    /** A stable 64-bit hash (String.hashCode has only 32 bits and many collisions on short names). */
    private static long mix(String s) {
        long h = 0xcbf2_9ce4_8422_2325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x1000_0000_01b3L;
        }
        return h;
    }

    /** The base seed in use. */
    public long seed() {
        return seed;
    }

    /** How many inputs {@link #forAll} tries. */
    public int runs() {
        return runs;
    }

    // ---------------------------------------------------------------- running properties

    /** A property of one input; anything it throws is a failure. */
    @FunctionalInterface
    public interface Property<T> {
        /** Checks the property for {@code input}. */
        void check(T input) throws Throwable;
    }

    /** Code under test that may throw. */
    @FunctionalInterface
    public interface Action {
        /** Runs the code under test. */
        void run() throws Throwable;
    }

    /**
     * Checks {@code property} for {@link #runs()} inputs made by {@code generator}; the first failure stops the test
     * with the seed, the run and the input.
     */
    public <T> void forAll(Function<Fuzz, T> generator, Property<T> property) {
        for (int run = 0; run < runs; run++) {
            T input = generator.apply(this);
            try {
                property.check(input);
            } catch (Throwable t) {
                throw new AssertionError(String.format(Locale.ROOT, "fuzz %s failed at run %d of %d (seed %d, -D%s=%d) for input %s: %s", name, run + 1,
                        runs, seed, SEED_PROPERTY, seed, describe(input), t), t);
            }
        }
    }

    /**
     * Runs {@code action}; it may complete or throw one of {@code allowed} with a message that says something.
     * Anything else (a {@link RuntimeException} above all) fails.
     *
     * @return what it threw, or null
     */
    @SafeVarargs
    public static Throwable onlyThrows(Action action, Class<? extends Throwable>... allowed) {
        try {
            action.run();
            return null;
        } catch (Throwable t) {
            if (Arrays.stream(allowed).noneMatch(c -> c.isInstance(t))) {
                throw new AssertionError("threw " + t + "; only " + Arrays.stream(allowed).map(Class::getSimpleName).toList() + " may come", t);
            }
            if (t.getMessage() == null || t.getMessage().isBlank()) {
                throw new AssertionError("threw " + t.getClass().getName() + " without a message", t);
            }
            return t;
        }
    }

    /** An input for a failure message: strings and bytes as Java literals, so they can be pasted into a test. */
    public static String describe(Object input) {
        if (input instanceof String s) {
            return literal(s);
        }
        if (input instanceof byte[] b) {
            return "bytes " + literal(new String(b, StandardCharsets.ISO_8859_1));
        }
        if (input instanceof List<?> l) {
            return l.stream().map(Fuzz::describe).toList().toString();
        }
        return String.valueOf(input);
    }

    /** {@code s} as a Java string literal, non-printable characters as {@code \}{@code uXXXX}. */
    public static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 32 && c < 127) {
                sb.append(c);
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    // ---------------------------------------------------------------- primitives

    /** A number from 0 (inclusive) to {@code bound} (exclusive). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A number from {@code min} to {@code max}, both inclusive, the ends and 0 more often than the rest. */
    public int intIn(int min, int max) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> Math.max(min, Math.min(max, 0));
            default -> (int) random.nextLong(min, (long) max + 1);
        };
    }

    /** Any int, the edges of the range more often than by chance. */
    public int anyInt() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1));
            case 1 -> random.nextInt(-1000, 1000);
            default -> random.nextInt();
        };
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** One of {@code choices}. */
    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A field value that breaks naive parsers (empty, overflow, NaN, exponent, hex, non-ASCII digits...). */
    public String nastyField() {
        return random.nextInt(4) == 0 ? Long.toString(random.nextLong()) : pick(NASTY);
    }

    // ---------------------------------------------------------------- random input

    /** Up to {@code maxLength} random bytes. */
    public byte[] bytes(int maxLength) {
        byte[] b = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(b);
        return b;
    }

    /** Up to {@code maxLength} printable ASCII characters. */
    public String printable(int maxLength) {
        return fromAlphabet(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", maxLength);
    }

    /** Up to {@code maxLength} characters drawn from {@code alphabet} (a protocol's own characters reach deeper). */
    public String fromAlphabet(String alphabet, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /**
     * A line as a serial or TCP link can deliver it (bytes read as ISO-8859-1, no LF: the framing ends a reply
     * there), or now and then any UTF-16 text, lone surrogates included.
     */
    public String line(int maxLength) {
        return switch (random.nextInt(4)) {
            case 0 -> printable(maxLength);
            case 1 -> {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(maxLength + 1);
                for (int i = 0; i < n; i++) {
                    sb.append((char) random.nextInt(0x10000));
                }
                yield sb.toString();
            }
            default -> new String(bytes(maxLength), StandardCharsets.ISO_8859_1).replace('\n', ' ');
        };
    }

    /**
     * A line that starts like a reply of the protocol ({@code prefix}, e.g. {@code "q:"}) and goes on with up to
     * {@code fields} random fields joined by {@code separator}: mostly numbers, some nasty.
     */
    public String fieldsLine(String prefix, char separator, int fields) {
        StringBuilder sb = new StringBuilder(prefix);
        int n = random.nextInt(fields + 1);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(switch (random.nextInt(5)) {
                case 0 -> nastyField();
                case 1 -> String.format(Locale.ROOT, "%.2f", (random.nextDouble() - 0.5) * 200);
                case 2 -> Integer.toString(random.nextInt(2));
                default -> Integer.toString(random.nextInt(-100_000, 100_000));
            });
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- mutations

    /**
     * A copy of {@code valid} with one to three mutations: truncated at a random point, a character flipped,
     * inserted or deleted, a field (between {@code separator}s) replaced by garbage, a huge or negative number,
     * NaN or nothing, a field dropped or doubled, a separator doubled, non-ASCII or a line end put in.
     */
    public String mutate(String valid, char separator) {
        String s = valid;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            s = mutateOnce(s, separator);
        }
        return s;
    }

    private String mutateOnce(String s, char separator) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        switch (random.nextInt(11)) {
            case 0:
                return s.substring(0, at);
            case 1:
                if (s.isEmpty()) {
                    return s;
                }
                int pos = Math.min(at, s.length() - 1);
                return s.substring(0, pos) + (char) (s.charAt(pos) ^ (1 << random.nextInt(8))) + s.substring(pos + 1);
            case 2:
                return s.substring(0, at) + SPECIAL.charAt(random.nextInt(SPECIAL.length())) + s.substring(at);
            case 3:
                return s.substring(0, at) + (char) (0x20 + random.nextInt(0x5f)) + s.substring(at);
            case 4:
                int end = Math.min(s.length(), at + 1 + random.nextInt(4));
                return s.substring(0, at) + s.substring(end);
            case 5:
                return replaceField(s, separator, nastyField());
            case 6:
                return replaceField(s, separator, random.nextBoolean() ? "" : printable(6));
            case 7:
                int sep = s.indexOf(separator, at);
                return sep < 0 ? s + separator : s.substring(0, sep) + separator + s.substring(sep);
            case 8:
                return dropOrDoubleField(s, separator);
            case 9:
                return random.nextBoolean() ? s + separator + nastyField() : s + s;
            default:
                return s.substring(0, at) + pick(List.of("\u00e9", "\u00ff", "\u20ac", "\ud83d\ude00", "\u0000", "\r", "\n")) + s.substring(at);
        }
    }

    private List<String> split(String s, char separator) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                fields.add(s.substring(from, i));
                from = i + 1;
            }
        }
        fields.add(s.substring(from));
        return fields;
    }

    private String replaceField(String s, char separator, String value) {
        List<String> fields = split(s, separator);
        fields.set(random.nextInt(fields.size()), value);
        return String.join(String.valueOf(separator), fields);
    }

    private String dropOrDoubleField(String s, char separator) {
        List<String> fields = split(s, separator);
        int i = random.nextInt(fields.size());
        if (random.nextBoolean() && fields.size() > 1) {
            fields.remove(i);
        } else {
            fields.add(i, fields.get(i));
        }
        return String.join(String.valueOf(separator), fields);
    }
}
