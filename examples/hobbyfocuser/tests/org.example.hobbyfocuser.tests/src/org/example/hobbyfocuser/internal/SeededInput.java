package org.example.hobbyfocuser.internal;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small seeded generator of hostile input for the protocol's fuzz tests. A plugin builds against OpenJolo's
 * update site, which carries the workbench and not its test support, so this is the plugin's own copy of the
 * idea of {@code org.openjolo.testing.Fuzz}: same system properties ({@code -Dopenjolo.fuzz.seed},
 * {@code -Dopenjolo.fuzz.runs}), a fixed base seed, one stream per test.
 */
final class SeededInput {

    private static final List<String> NASTY = List.of("", "-1", "+1", "007", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5",
            "1e3", "NaN", "0x10", "\u0661", "\u00e9", "\u0000", "OK", "ERR", "S");
    private static final String SPECIAL = " \t\r\n\u0000\u00ff\u20ac:;";

    final long seed;
    final int runs;
    private final String name;
    private final SplittableRandom random;

    SeededInput(String name, int defaultRuns) {
        String given = System.getProperty("openjolo.fuzz.seed", "").strip();
        this.seed = given.isEmpty() ? 0x0A57_01A4L : given.equalsIgnoreCase("random") ? System.nanoTime() : Long.decode(given);
        this.runs = Integer.getInteger("openjolo.fuzz.runs", defaultRuns);
        this.name = name;
        this.random = new SplittableRandom(seed ^ name.hashCode());
        System.out.printf(Locale.ROOT, "fuzz %s: %d runs, seed %d (reproduce with -Dopenjolo.fuzz.seed=%d)%n", name, runs, seed, seed);
    }

    /** What a failure says: the test, the seed, the run and the input. */
    String failure(int run, String input, Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (char c : input.toCharArray()) {
            sb.append(c >= 32 && c < 127 && c != '"' && c != '\\' ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return String.format(Locale.ROOT, "fuzz %s failed at run %d (seed %d) for input \"%s\": %s", name, run + 1, seed, sb, t);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int anyInt() {
        return random.nextInt(4) == 0 ? random.nextInt(-10, 30_000) : random.nextInt();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Any line a serial link can deliver (ISO-8859-1 characters). */
    String line(int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            sb.append((char) (random.nextInt(3) == 0 ? random.nextInt(256) : 32 + random.nextInt(95)));
        }
        return sb.toString();
    }

    /** {@code valid} truncated, with a character flipped, inserted or deleted, or a space-separated field replaced. */
    String mutate(String valid) {
        String s = valid;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(s.length() + 1);
            s = switch (random.nextInt(6)) {
                case 0 -> s.substring(0, at);
                case 1 -> at < s.length() ? s.substring(0, at) + (char) (s.charAt(at) ^ (1 << random.nextInt(8))) + s.substring(at + 1) : s;
                case 2 -> s.substring(0, at) + SPECIAL.charAt(random.nextInt(SPECIAL.length())) + s.substring(at);
                case 3 -> at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
                default -> {
                    String[] t = s.split(" ", -1);
                    t[random.nextInt(t.length)] = pick(NASTY);
                    yield String.join(random.nextInt(4) == 0 ? "  " : " ", t);
                }
            };
        }
        return s;
    }
}
