package org.openjolo.notes.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.notes.CorruptNotesException;
import org.openjolo.notes.Match;

/** The notes as files: round trip, the list of nights, search, a corrupt file and a failing write. */
class NoteFilesTest {

    private static final LocalDate NIGHT = LocalDate.parse("2026-12-01");

    @TempDir
    Path instance;

    private NoteFiles notes() {
        return new NoteFiles(() -> instance.resolve("notes"), Clock.systemDefaultZone());
    }

    @Test
    void whatIsWrittenIsReadBackAsUtf8InOneFilePerNight() throws IOException {
        NoteFiles notes = notes();
        assertEquals("", notes.read(NIGHT), "a night without notes");
        String text = "Focuser 12 345 at −3.5 °C — Hα filter\nFlats: 2.5 s\n";
        notes.write(NIGHT, text);
        assertEquals(text, notes.read(NIGHT));
        assertEquals(instance.resolve("notes/2026-12-01.txt"), notes.file(NIGHT));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(notes.file(NIGHT)));
        notes.write(NIGHT, "replaced");
        assertEquals("replaced", notes.read(NIGHT));
    }

    @Test
    void theNightsAreListedNewestFirstAndOtherFilesAreIgnored() throws IOException {
        NoteFiles notes = notes();
        assertEquals(List.of(), notes.nights(), "no notes folder yet");
        for (String night : List.of("2026-11-28", "2026-12-01", "2025-12-31")) {
            notes.write(LocalDate.parse(night), night);
        }
        Path dir = instance.resolve("notes");
        Files.writeString(dir.resolve("2026-13-40.txt"), "not a date");
        Files.writeString(dir.resolve("todo.txt"), "not a night");
        Files.writeString(dir.resolve("2026-11-30.txt.corrupt-20261201-010000"), "set aside");
        Files.createDirectory(dir.resolve("2026-11-29.txt"));
        assertEquals(List.of(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-28"), LocalDate.parse("2025-12-31")), notes.nights());
    }

    @Test
    void searchFindsLinesIgnoringCaseNewestNightFirst() throws IOException {
        NoteFiles notes = notes();
        notes.write(LocalDate.parse("2026-11-28"), "Flats 2.1 s\nfocuser at 12000\r\nclouds");
        notes.write(NIGHT, "Seeing good\nFOCUSER at 12345 for L\nFocuser at 12410 for Ha");
        assertEquals(List.of(new Match(NIGHT, 2, "FOCUSER at 12345 for L"), new Match(NIGHT, 3, "Focuser at 12410 for Ha"),
                new Match(LocalDate.parse("2026-11-28"), 2, "focuser at 12000")), notes.search("Focuser"));
        assertEquals(List.of(new Match(LocalDate.parse("2026-11-28"), 1, "Flats 2.1 s")), notes.search(" flats "));
        assertEquals(List.of(), notes.search("dew"));
        assertEquals(List.of(), notes.search("  "), "a blank search finds nothing rather than every line");
    }

    @Test
    void aFileThatIsNotUtf8IsSetAsideWithAMessageAndTheNightStartsEmpty() throws IOException {
        NoteFiles notes = notes();
        byte[] latin1 = "Temp\u00e9rature -3\nfocuser 12000".getBytes(StandardCharsets.ISO_8859_1);
        Path file = notes.file(NIGHT);
        Files.createDirectories(file.getParent());
        Files.write(file, latin1);

        assertEquals(1, notes.search("focuser").size(), "searching leaves the file where it is");
        assertTrue(Files.exists(file));

        CorruptNotesException e = assertThrows(CorruptNotesException.class, () -> notes.read(NIGHT));
        assertEquals(NIGHT, e.night());
        assertEquals("The notes of 2026-12-01 were not UTF-8 text; the file was kept as " + e.keptAs() + " and the night starts empty",
                e.getMessage());
        assertTrue(e.keptAs().getFileName().toString().startsWith("2026-12-01.txt.corrupt-"), e.keptAs().toString());
        assertArrayEquals(latin1, Files.readAllBytes(e.keptAs()), "the operator's text is kept as it was");
        assertFalse(Files.exists(file));
        assertEquals("", notes.read(NIGHT));
        assertEquals(List.of(), notes.nights());
    }

    @Test
    void aWriteIntoANotesFolderThatIsAFileFailsWithAClearMessage() throws IOException {
        Files.writeString(instance.resolve("notes"), "a file where the folder should be");
        IOException e = assertThrows(IOException.class, () -> notes().write(NIGHT, "focuser 12345"));
        assertTrue(e.getMessage().startsWith("Could not save the notes of 2026-12-01 to " + instance.resolve("notes/2026-12-01.txt") + ": "),
                e.getMessage());
        assertEquals("a file where the folder should be", Files.readString(instance.resolve("notes")));
    }

    @Test
    void aFailedWriteLeavesTheOldTextAndNoTemporaryFile() throws IOException {
        NoteFiles notes = notes();
        notes.write(NIGHT, "old text");
        // an unpaired surrogate cannot be encoded: the write fails after the temporary file was made
        IOException e = assertThrows(IOException.class, () -> notes.write(NIGHT, "new text \uD800"));
        assertTrue(e.getMessage().startsWith("Could not save the notes of 2026-12-01"), e.getMessage());
        assertEquals("old text", notes.read(NIGHT));
        try (Stream<Path> files = Files.list(instance.resolve("notes"))) {
            assertEquals(List.of(notes.file(NIGHT)), files.toList());
        }
    }
}
