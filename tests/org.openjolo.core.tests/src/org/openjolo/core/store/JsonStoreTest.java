package org.openjolo.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Loaded;
import org.openjolo.core.store.JsonStore.Reading;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.DamagedFiles.Damage;
import org.openjolo.testing.DamagedFiles.Warnings;

import com.google.gson.JsonObject;

/**
 * The one sequence behind every settings file: strict reading, one kept file and one warning per damage, the
 * defaults, the part that can be read kept and written back, atomic saves.
 */
class JsonStoreTest {

    private static final String LOGGER = JsonStoreTest.class.getName();
    private static final System.Logger LOG = System.getLogger(LOGGER);

    /**
     * Counts by name, the shape of a profile: a count of the wrong kind costs only itself; a count without a
     * name, or a negative one (refused as a value type refuses it, with IllegalArgumentException), the file.
     */
    private static final Codec<LinkedHashMap<String, Long>> COUNTS = Codec.of(LinkedHashMap::new, "no counts are used", o -> {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        for (String name : o.keySet()) {
            if (name.isEmpty()) {
                throw new IOException("a count has no name");
            }
            try {
                long n = JsonFile.wholeNumber(o, name, 0);
                if (n < 0) {
                    throw new IllegalArgumentException("'" + name + "' cannot be negative");
                }
                counts.put(name, n);
            } catch (IOException e) {
                bad.add(e.getMessage());
            }
        }
        return bad.isEmpty() ? Reading.whole(counts) : Reading.partly(counts, String.join("; ", bad), "the other " + counts.size() + " are used");
    }, counts -> {
        JsonObject o = new JsonObject();
        counts.forEach(o::addProperty);
        return o;
    });

    @TempDir
    Path home;

    private JsonStore<LinkedHashMap<String, Long>> store(Path file) {
        return new JsonStore<>(file, "The counts", COUNTS, LOG);
    }

    private static Map<String, Long> counts(Object... nameCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < nameCount.length; i += 2) {
            m.put((String) nameCount[i], ((Number) nameCount[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void aMissingFileHasTheDefaultsWithoutWarningAndIsNotWritten() throws IOException {
        Path file = home.resolve("settings/counts.json");
        try (Warnings w = new Warnings(LOGGER)) {
            LinkedHashMap<String, Long> first = store(file).load();
            assertEquals(Map.of(), first);
            first.put("changed in place", 1L);
            assertEquals(Map.of(), store(file).load(), "the defaults are new each time");
            assertEquals(new Loaded<>(Map.of(), Optional.empty()), store(file).loadWithWarning());
            assertEquals(List.of(), w.messages());
        }
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void aSavedValueIsReadBackWholeAndTheFileReplacedInOneStep() throws IOException {
        Path file = home.resolve("settings/counts.json");
        store(file).save(new LinkedHashMap<>(counts("a", 1, "b & <c>", 2)));
        store(file).save(new LinkedHashMap<>(counts("b & <c>", 3, "a", 4)));
        assertEquals("{\n  \"b \\u0026 \\u003cc\\u003e\": 3,\n  \"a\": 4\n}", Files.readString(file), "pretty, as every workbench file");
        try (Warnings w = new Warnings(LOGGER)) {
            assertEquals(List.copyOf(counts("b & <c>", 3, "a", 4).entrySet()), List.copyOf(store(file).load().entrySet()), "in the order saved");
            assertEquals(List.of(), w.messages());
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left, nothing is kept");
        }
    }

    static List<Damage> damages() {
        return DamagedFiles.of("{\"a\": 1, \"b\": 2}", "{\"\": 1}", "{\"a\": -1}", "{\"a\": 1, \"\": \"x\"}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsKeptAsideOnceWithOneWarningAndTheDefaultsAreUsedUntilTheNextSave(Damage damage) throws Exception {
        Path file = home.resolve("settings/counts.json");
        var loaded = DamagedFiles.loadBeside(file, damage, home.resolve("settings/other.json"), JsonStoreTest.class, () -> store(file).load())
                .assertWarned("The counts", "no counts are used");
        assertEquals(Map.of(), loaded.value());
        assertFalse(Files.exists(file), "the defaults are not written: the next change is");

        loaded.afterwards(() -> {
            assertEquals(Map.of(), store(file).load(), "the kept file is not read again");
            store(file).save(new LinkedHashMap<>(counts("a", 5)));
            assertEquals(counts("a", 5), store(file).load(), "the next save is read back");
        });
    }

    @Test
    void whyAFileWasKeptIsSaidInTheWarning() throws IOException {
        Path file = home.resolve("counts.json");
        Files.writeString(file, "{\"a\": -1}");
        try (Warnings w = new Warnings(LOGGER)) {
            store(file).load();
            Files.writeString(file, "{\"a\": 1, \"\": 2}");
            store(file).load();
            assertEquals(2, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).startsWith("The counts " + file + " could not be read ('a' cannot be negative); it was kept as "),
                    w.messages().get(0));
            assertTrue(w.messages().get(1).startsWith("The counts " + file + " could not be read (a count has no name); it was kept as "),
                    w.messages().get(1));
        }
        assertEquals(2, DamagedFiles.keptFiles(file).size(), "a file kept in the same second does not replace the first");
    }

    @Test
    void thePartThatCanBeReadIsUsedAndWrittenBackAtOnceAndTheFileKeptAsItWas() throws IOException {
        Path file = home.resolve("counts.json");
        String damaged = "{\"a\": 1, \"b\": \"two\", \"c\": 3, \"d\": 4.5}";
        Files.writeString(file, damaged);
        try (Warnings w = new Warnings(LOGGER)) {
            assertEquals(counts("a", 1, "c", 3), store(file).load());
            assertEquals(1, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).matches("The counts " + java.util.regex.Pattern.quote(file.toString()) + " could not be read \\('b' must be "
                    + "a whole number, not \"two\"; 'd' must be a whole number, not 4.5\\); it was kept as .+; the other 2 are used\\."), w.messages().get(0));
        }
        assertEquals(damaged, Files.readString(DamagedFiles.keptAside(file)));
        assertEquals("{\n  \"a\": 1,\n  \"c\": 3\n}", Files.readString(file), "the good part is written back");
        try (Warnings w = new Warnings(LOGGER)) {
            assertEquals(counts("a", 1, "c", 3), store(file).load(), "and read at the next start without a warning");
            assertEquals(List.of(), w.messages());
        }
        assertEquals(1, DamagedFiles.keptFiles(file).size());
    }

    @Test
    void theWarningCanBeHandedBackInsteadOfLogged() throws IOException {
        Path file = home.resolve("counts.json");
        Files.writeString(file, "{\"a\":");
        try (Warnings w = new Warnings(LOGGER)) {
            Loaded<LinkedHashMap<String, Long>> loaded = store(file).loadWithWarning();
            assertEquals(Map.of(), loaded.value());
            Path kept = DamagedFiles.keptAside(file);
            assertEquals(Optional.of("The counts " + file + " could not be read (it ends too early at line 1 column 6 (written only in part?)); it was kept as "
                    + kept + "; no counts are used."), loaded.warning());
            assertEquals(List.of(), w.messages(), "not logged: the owner tells it");
        }
    }

    @Test
    void aSaveThatFailsIsOneWarningForOwnersThatGoOn() throws IOException {
        Path blocker = home.resolve("settings");
        Files.writeString(blocker, "a file where the folder belongs");
        Path file = blocker.resolve("counts.json");
        try (Warnings w = new Warnings(LOGGER)) {
            store(file).trySave(new LinkedHashMap<>(counts("a", 1)));
            assertEquals(1, w.messages().size(), w.messages().toString());
            assertTrue(w.messages().get(0).startsWith("Could not save the counts to " + file + ": "), w.messages().get(0));
        }
        assertEquals("a file where the folder belongs", Files.readString(blocker));
    }
}
