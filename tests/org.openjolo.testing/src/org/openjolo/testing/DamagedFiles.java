package org.openjolo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ways a saved file is found damaged on disk, for the tests of every loader: garbage, a file written only in
 * part, an empty file, bytes that are not UTF-8, JSON of the wrong shape. And what a test checks afterwards: the
 * one kept file, and the warnings logged.
 */
public final class DamagedFiles {

    private DamagedFiles() {
    }

    /**
     * One way of being damaged.
     *
     * @param name  for the test's display name
     * @param bytes what is on disk
     */
    public record Damage(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The damages every JSON object file must survive, made from {@code valid} (what the loader itself writes),
     * plus {@code wrongShapes}: valid JSON that the loader must still refuse (wrong types, out-of-range values).
     */
    public static List<Damage> of(String valid, String... wrongShapes) {
        byte[] good = valid.getBytes(StandardCharsets.UTF_8);
        List<Damage> out = new ArrayList<>();
        out.add(text("garbage", "this is not JSON }{"));
        out.add(new Damage("binary garbage", new byte[] { 0x00, 0x13, 'P', 'K', 0x03, 0x04, (byte) 0x9c, (byte) 0xff, 0x7f }));
        out.add(new Damage("first half", Arrays.copyOf(good, good.length / 2)));
        out.add(new Damage("all but the last byte", Arrays.copyOf(good, good.length - 1)));
        out.add(text("empty", ""));
        out.add(text("white space only", "  \n\t"));
        out.add(new Damage("not UTF-8", notUtf8(good)));
        out.add(text("null", "null"));
        out.add(text("an array instead of an object", "[" + valid + "]"));
        out.add(text("a number instead of an object", "42"));
        out.add(text("two values", valid + valid));
        for (String s : wrongShapes) {
            out.add(text("wrong shape " + s, s));
        }
        return out;
    }

    private static Damage text(String name, String text) {
        return new Damage(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code good} with a byte that is never UTF-8 just inside its first text in quotes (or in front). */
    private static byte[] notUtf8(byte[] good) {
        int quote = 0;
        while (quote < good.length && good[quote] != '"') {
            quote++;
        }
        int at = quote < good.length ? quote + 1 : 0;
        byte[] out = new byte[good.length + 1];
        System.arraycopy(good, 0, out, 0, at);
        out[at] = (byte) 0xff;
        System.arraycopy(good, at, out, at + 1, good.length - at);
        return out;
    }

    /**
     * The one file kept aside for {@code file} ({@code name.corrupt-…} beside it).
     *
     * @throws AssertionError unless there is exactly one
     */
    public static Path keptAside(Path file) throws IOException {
        List<Path> kept = keptFiles(file);
        if (kept.size() != 1) {
            throw new AssertionError("expected one kept file for " + file + ", found " + kept);
        }
        return kept.get(0);
    }

    /** The files kept aside for {@code file}, none when the folder does not exist. */
    public static List<Path> keptFiles(Path file) throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            return List.of();
        }
        String prefix = file.getFileName() + ".corrupt-";
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    /**
     * Writes {@code damage} to {@code file} beside a good {@code sibling} (written here unless the test wrote one)
     * and loads it with {@code load} while recording the warnings of {@code logger}: the start of every loader's
     * damaged-file test. Checks what every loader must do with any damage: exactly one kept file, holding the
     * bytes as they were found, and exactly one warning.
     *
     * @param logger the loader whose logger (its class name) warns
     * @return what was loaded, kept and said, for the checks that follow
     * @throws AssertionError when not kept once or not warned once
     */
    public static <T> Loaded<T> loadBeside(Path file, Damage damage, Path sibling, Class<?> logger, Callable<T> load) throws Exception {
        Files.createDirectories(file.getParent());
        if (!Files.exists(sibling)) {
            Files.createDirectories(sibling.getParent());
            Files.writeString(sibling, "{\"another\": \"file\"}");
        }
        byte[] siblingBytes = Files.readAllBytes(sibling);
        Files.write(file, damage.bytes());
        T value;
        List<String> warnings;
        try (Warnings w = new Warnings(logger.getName())) {
            value = load.call();
            warnings = w.messages();
        }
        Path kept = keptAside(file);
        if (!Arrays.equals(damage.bytes(), Files.readAllBytes(kept))) {
            throw new AssertionError("the file is kept as it was: " + kept);
        }
        if (warnings.size() != 1) {
            throw new AssertionError("expected one warning, got " + warnings);
        }
        return new Loaded<>(value, kept, warnings.get(0), file, sibling, siblingBytes, logger);
    }

    /** Something a test does that may fail or throw. */
    @FunctionalInterface
    public interface Step {
        /** Does it. */
        void run() throws Exception;
    }

    /**
     * What {@link #loadBeside} loaded and found, and the checks that follow.
     *
     * @param <T> what the loader returned
     */
    public static final class Loaded<T> {
        private final T value;
        private final Path kept;
        private final String warning;
        private final Path file;
        private final Path sibling;
        private final byte[] siblingBytes;
        private final Class<?> logger;

        Loaded(T value, Path kept, String warning, Path file, Path sibling, byte[] siblingBytes, Class<?> logger) {
            this.value = value;
            this.kept = kept;
            this.warning = warning;
            this.file = file;
            this.sibling = sibling;
            this.siblingBytes = siblingBytes;
            this.logger = logger;
        }

        /** What the loader returned. */
        public T value() {
            return value;
        }

        /** The one kept file. */
        public Path kept() {
            return kept;
        }

        /** The one warning. */
        public String warning() {
            return warning;
        }

        /**
         * Checks the warning's words: "{@code what} <file> could not be read (…); it was kept as <kept>;
         * {@code outcome}."
         */
        public Loaded<T> assertWarned(String what, String outcome) {
            return assertWords(what, Pattern.quote(outcome));
        }

        /** Checks the warning's words as {@link #assertWarned(String, String)} does, whatever the outcome. */
        public Loaded<T> assertWarned(String what) {
            return assertWords(what, ".+");
        }

        private Loaded<T> assertWords(String what, String outcome) {
            String words = Pattern.quote(what + " " + file) + " could not be read \\(.+\\); it was kept as " + Pattern.quote(kept.toString()) + "; "
                    + outcome + "\\.";
            if (!warning.matches(words)) {
                throw new AssertionError("the warning does not match " + words + ": " + warning);
            }
            return this;
        }

        /**
         * Runs {@code step} (typically: save a change and read it back) and checks that it warned nothing, kept
         * nothing more and left the sibling as it was.
         */
        public void afterwards(Step step) throws Exception {
            try (Warnings w = new Warnings(logger.getName())) {
                step.run();
                if (!w.messages().isEmpty()) {
                    throw new AssertionError("expected no warning afterwards, got " + w.messages());
                }
            }
            if (!keptFiles(file).equals(List.of(kept))) {
                throw new AssertionError("expected only " + kept + " kept, found " + keptFiles(file));
            }
            if (!Arrays.equals(siblingBytes, Files.readAllBytes(sibling))) {
                throw new AssertionError("the file beside it was changed: " + sibling);
            }
        }
    }

    /**
     * Records what is logged at warning and above, through {@link System.Logger} or java.util.logging, by the
     * loggers under a name, while open.
     */
    public static final class Warnings implements AutoCloseable {
        // held: java.util.logging keeps loggers only weakly, and a collected one loses its handler
        private final Logger logger;
        private final List<String> messages = new CopyOnWriteArrayList<>();
        private final Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    messages.add(formatter.formatMessage(r));
                }
            }

            @Override
            public void flush() {
                // kept in memory
            }

            @Override
            public void close() {
                // nothing to release
            }
        };

        /** Starts recording the loggers named {@code loggerName} or under it ({@code loggerName.…}). */
        public Warnings(String loggerName) {
            logger = Logger.getLogger(loggerName);
            logger.addHandler(handler);
        }

        /** The messages so far, oldest first. */
        public List<String> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void close() {
            logger.removeHandler(handler);
        }
    }
}
