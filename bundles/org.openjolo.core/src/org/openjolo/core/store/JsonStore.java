package org.openjolo.core.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One of the workbench's own JSON files (settings, profiles, remembered connections, points) holding a value of
 * type {@code T}, read and written the way all of them are. The file is read strictly ({@link JsonFile}); one
 * that cannot be used is kept aside byte for byte ({@link AtomicFiles#keepAside(Path, String, String, String)})
 * with one warning and the defaults are used; when the {@link Codec} could keep part of it, the file is kept
 * aside all the same, the part is used and written back at once, so the next start reads a good file without a
 * warning. A missing file is not damage: it has the defaults and no warning. Writes replace the file in one step
 * ({@link AtomicFiles#writeString}).
 *
 * <p>A store holds no value and no lock: its owner keeps the value and serializes its own loads and saves.
 *
 * @param <T> the value the file holds
 */
public final class JsonStore<T> {

    // one layout for every file: operators read and repair kept files in a text editor
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;
    private final String what;
    private final Codec<T> codec;
    private final System.Logger log;

    /**
     * A store for one file.
     *
     * @param file  where the value is kept
     * @param what  what the file holds, starting the operator's messages: "The Alpaca settings"
     * @param codec how the value is read and written, and its defaults
     * @param log   where the warnings go: the owner's logger, so that the log says which part of the workbench
     *              lost its file
     */
    public JsonStore(Path file, String what, Codec<T> codec, System.Logger log) {
        this.file = Objects.requireNonNull(file);
        this.what = Objects.requireNonNull(what);
        this.codec = Objects.requireNonNull(codec);
        this.log = Objects.requireNonNull(log);
    }

    /** Where the value is kept. */
    public Path file() {
        return file;
    }

    /**
     * The value the file holds, or as much of it as could be read, or the defaults; what went wrong is logged as
     * one warning.
     */
    public T load() {
        Loaded<T> loaded = loadWithWarning();
        if (loaded.warning().isPresent()) {
            log.log(Level.WARNING, loaded.warning().get());
        }
        return loaded.value();
    }

    /**
     * Like {@link #load()}, with the warning handed back instead of logged, for an owner that tells the operator
     * itself (a part that shows it in red). The file is kept aside and a recovered part written back all the same.
     */
    public Loaded<T> loadWithWarning() {
        if (!Files.exists(file)) {
            return new Loaded<>(codec.defaults(), Optional.empty());
        }
        Reading<T> reading;
        try {
            reading = codec.read(JsonFile.readObject(file));
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a value type refusing a value in its constructor, in words as well
            return new Loaded<>(codec.defaults(), Optional.of(AtomicFiles.keepAside(file, what, e.getMessage(), codec.whenDefaults())));
        }
        if (reading.problem == null) {
            return new Loaded<>(reading.value, Optional.empty());
        }
        String warning = AtomicFiles.keepAside(file, what, reading.problem, reading.outcome);
        // after keeping it: the file as found stays for the operator, the next start reads the good part quietly
        trySave(reading.value);
        return new Loaded<>(reading.value, Optional.of(warning));
    }

    /**
     * Replaces the file with {@code value}.
     *
     * @throws IOException when it cannot be written; the file is then as it was
     */
    public void save(T value) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(codec.write(value)));
    }

    /**
     * Replaces the file with {@code value}, or logs one warning saying why it could not, for an owner that goes
     * on with the value in memory (its next change tries again).
     */
    public void trySave(T value) {
        try {
            save(value);
        } catch (IOException e) {
            log.log(Level.WARNING, "Could not save " + Character.toLowerCase(what.charAt(0)) + what.substring(1) + " to " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads a value from the object a file holds.
     *
     * @param <T> the value
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * The value, or the part that could be read.
         *
         * @throws IOException when nothing of it can be used, the message completing "could not be read (…)" as
         *                     {@link JsonFile}'s do: "'port' must be from 0 to 65535, not 70000"
         */
        Reading<T> read(JsonObject json) throws IOException;
    }

    /**
     * How the files of one kind hold their value, and what stands in for a file that cannot be used. One codec
     * serves every file of its kind (every device's profile, every filter's points).
     *
     * @param <T> the value
     */
    public static final class Codec<T> {
        private final Supplier<? extends T> defaults;
        private final String whenDefaults;
        private final Reader<T> reader;
        private final Function<? super T, ? extends JsonElement> writer;

        private Codec(Supplier<? extends T> defaults, String whenDefaults, Reader<T> reader, Function<? super T, ? extends JsonElement> writer) {
            this.defaults = Objects.requireNonNull(defaults);
            this.whenDefaults = Objects.requireNonNull(whenDefaults);
            this.reader = Objects.requireNonNull(reader);
            this.writer = Objects.requireNonNull(writer);
        }

        /**
         * A codec.
         *
         * @param defaults     a new default value each time, since owners change theirs in place
         * @param whenDefaults what using them means, ending the warning: "defaults are used", "no device is
         *                     reconnected"
         * @param reader       reads the file's object; a member that is missing should have its default, so a
         *                     file written by an older workbench still reads without a warning
         * @param writer       the object to write for a value, which {@code reader} reads back whole
         */
        public static <T> Codec<T> of(Supplier<? extends T> defaults, String whenDefaults, Reader<T> reader,
                Function<? super T, ? extends JsonElement> writer) {
            return new Codec<>(defaults, whenDefaults, reader, writer);
        }

        T defaults() {
            return defaults.get();
        }

        String whenDefaults() {
            return whenDefaults;
        }

        Reading<T> read(JsonObject json) throws IOException {
            return Objects.requireNonNull(reader.read(json), "a reader returns a reading");
        }

        JsonElement write(T value) {
            return writer.apply(value);
        }
    }

    /**
     * What a {@link Reader} made of a file: all of it, or the part it could use and what it dropped.
     *
     * @param <T> the value
     */
    public static final class Reading<T> {
        private final T value;
        private final String problem;
        private final String outcome;

        private Reading(T value, String problem, String outcome) {
            this.value = value;
            this.problem = problem;
            this.outcome = outcome;
        }

        /** The file was read as it is. */
        public static <T> Reading<T> whole(T value) {
            return new Reading<>(value, null, null);
        }

        /**
         * Only part of the file could be used: it is kept aside and {@code value} is written back.
         *
         * @param problem what was dropped and why, completing "could not be read (…)": "entries not understood:
         *                'k': it has no family"
         * @param outcome what happens instead, ending the warning: "the other 2 are reconnected"
         */
        public static <T> Reading<T> partly(T value, String problem, String outcome) {
            return new Reading<>(value, Objects.requireNonNull(problem), Objects.requireNonNull(outcome));
        }
    }

    /**
     * What {@link #loadWithWarning()} found.
     *
     * @param <T>     the value
     * @param value   what to go on with: the file's value, the part of it that could be read, or the defaults
     * @param warning the one warning for the operator, when the file was kept aside
     */
    public record Loaded<T>(T value, Optional<String> warning) {
    }
}
