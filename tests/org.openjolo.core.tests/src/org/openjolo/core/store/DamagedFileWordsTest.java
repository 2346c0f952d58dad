package org.openjolo.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the operator reads about a damaged file, and how the workbench finds the kept files again in the log. */
class DamagedFileWordsTest {

    @TempDir
    Path home;

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', value = { "''|it is empty", "'  '|it is empty", "{\"a\": 1|it ends too early at line 1 column 8 (written only in part?)",
            "{\"a\":|it ends too early at line 1 column 6 (written only in part?)",
            "{\"a\": \"Mou|it ends too early at line 1 column 11 (written only in part?)", "{\"a\": 1 \"b\": 2}|it is not valid JSON at line 1 column 10", "not json|it is not valid JSON at line 1 column 1",
            "{\"a\": 1}{}|it is not valid JSON at line 1 column 10", "{a: 1}|it is not valid JSON at line 1 column 3",
            "[1]|it holds an array [ … ] where an object { … } belongs", "\"x\"|it holds the text \"x\" where an object { … } belongs" })
    void whyAFileIsNotAnObjectIsSaidInWords(String text, String reason) throws IOException {
        Path file = home.resolve("f.json");
        Files.writeString(file, text);
        assertEquals(reason, assertThrows(IOException.class, () -> JsonFile.readObject(file)).getMessage());
    }

    @Test
    void aByteThatIsNotUtf8IsToldByItsPlace() throws IOException {
        Path file = home.resolve("f.json");
        Files.write(file, new byte[] { '{', '"', (byte) 0xc3, 0x28, '"', '}' });
        assertEquals("it is not UTF-8 text (byte 3 of 6)", assertThrows(IOException.class, () -> AtomicFiles.readString(file)).getMessage());
        Files.writeString(file, "{\"t\": \"−5 °C\"}");
        assertEquals("{\"t\": \"−5 °C\"}", AtomicFiles.readString(file));
    }

    @Test
    void valuesOfTheWrongKindAreNamed() throws IOException {
        var o = JsonFile.parse("{\"n\": 1.5, \"b\": \"yes\", \"t\": 3, \"o\": [1], \"big\": 1e30}").getAsJsonObject();
        assertEquals("'n' must be a whole number, not 1.5", assertThrows(IOException.class, () -> JsonFile.wholeNumber(o, "n", 0)).getMessage());
        assertEquals("'big' must be a whole number, not 1e30", assertThrows(IOException.class, () -> JsonFile.wholeNumber(o, "big", 0)).getMessage());
        assertEquals("'b' must be true or false, not \"yes\"", assertThrows(IOException.class, () -> JsonFile.bool(o, "b", false)).getMessage());
        assertEquals("'t' must be a text in quotes, not 3", assertThrows(IOException.class, () -> JsonFile.text(o, "t", "")).getMessage());
        assertEquals("'o' holds an array [ … ] where a single value belongs", assertThrows(IOException.class, () -> JsonFile.wholeNumber(o, "o", 0)).getMessage());
        assertEquals(7, JsonFile.wholeNumber(o, "absent", 7));
    }

    @Test
    void aFileKeptTwiceInOneSecondKeepsBothCopies() throws IOException {
        Path file = home.resolve("charts.json");
        Files.writeString(file, "first");
        String said = AtomicFiles.keepAside(file, "The chart settings", "it is empty", "defaults are used");
        Files.writeString(file, "second");
        Path second = AtomicFiles.setAside(file);
        List<Path> kept = AtomicFiles.keptAside(List.of("2026-01-01 00:00:00.000 WARNING x: " + said, "second: it was kept as " + second + "; ok"));
        assertEquals(2, kept.size(), kept.toString());
        assertEquals("first", Files.readString(kept.get(0)));
        assertEquals("second", Files.readString(kept.get(1)));
        assertTrue(said.startsWith("The chart settings " + file + " could not be read (it is empty); it was kept as " + kept.get(0)), said);
        assertFalse(Files.exists(file));
        assertEquals(file, AtomicFiles.original(kept.get(0)));
        assertEquals(file, AtomicFiles.original(kept.get(1)));
    }

    @Test
    void keptFilesAreFoundInLogLinesWhateverTheirPathHolds() {
        List<String> lines = List.of("12:00 INFO started", "WARNING a: The device profile /home/Jane Doe/.openjolo/settings/profiles/a.json could not be read "
                + "(it is empty); it was kept as /home/Jane Doe/.openjolo/settings/profiles/a.json.corrupt-20260101-120000; defaults are used.",
                "SEVERE org.openjolo.status: The notes of 2026-01-01 were not UTF-8 text; the file was kept as C:\\notes\\2026-01-01.txt.corrupt-20260101-120001-2 and the night starts empty",
                "WARNING again: it was kept as /home/Jane Doe/.openjolo/settings/profiles/a.json.corrupt-20260101-120000; defaults are used.",
                "WARNING b: it could not even be moved aside (read-only file system)");
        List<Path> kept = AtomicFiles.keptAside(lines);
        assertEquals(List.of(Path.of("/home/Jane Doe/.openjolo/settings/profiles/a.json.corrupt-20260101-120000"),
                Path.of("C:\\notes\\2026-01-01.txt.corrupt-20260101-120001-2")), kept);
        assertEquals(List.of(), AtomicFiles.keptAside(List.of("the dew heater was kept as is", "kept as x.corrupt-")));
    }

    @Test
    void aWrittenFileIsReadBackAsWritten() throws IOException {
        Path file = home.resolve("a/b/c.json");
        AtomicFiles.writeString(file, "{\"label\": \"Dew heater °\"}");
        assertArrayEquals("{\"label\": \"Dew heater °\"}".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals("Dew heater °", JsonFile.text(JsonFile.readObject(file), "label", ""));
    }
}
