package org.openjolo.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openjolo.core.DataLocation;
import org.openjolo.notes.Notes;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;
import org.openjolo.ui.StatusReporter;

/**
 * The Notes part in the workbench: typing is saved (also when the part closes), search finds lines of any night,
 * earlier nights are read-only, a night whose file is not UTF-8 is set aside with a message.
 */
class NotesUiTest {

    private static final String PART = "org.openjolo.notes.ui.part.notes";

    @Test
    void typedNotesAreSavedSearchableAndEarlierNightsAreShownReadOnly() throws Throwable {
        Notes notes = Services.await(Notes.class);
        Path folder = Services.await(DataLocation.class).notes();
        clear(folder);
        Files.createDirectories(folder);
        LocalDate tonight = notes.tonight();
        LocalDate earlier = tonight.minusDays(3);
        String earlierText = "Flats 2.1 s at gain 100\nFocuser at 12000 for L\nClouds after 02:00";
        notes.write(earlier, earlierText);
        Path file = folder.resolve(tonight + ".txt");
        // an older night's file was edited in another program with another encoding
        LocalDate edited = tonight.minusDays(5);
        Files.write(folder.resolve(edited + ".txt"), "Temp\u00e9rature -3".getBytes(StandardCharsets.ISO_8859_1));
        List<String> reported = new CopyOnWriteArrayList<>();
        Services.await(StatusReporter.class).addListener(m -> reported.add(m.text()));
        String typed = "Focuser at 12345 for L\nFocuser at 12410 for Ha\nFlats 2.5 s at gain 100\n";

        WorkbenchHarness.run(w -> {
            w.show(PART);
            NotesPart part = w.object(PART, NotesPart.class);
            assertEquals(tonight, w.ui(part::shownNight));
            assertTrue(w.ui(part::editable));
            assertEquals("", w.ui(part::text));
            assertEquals(List.of("Tonight, " + tonight, earlier.toString(), edited.toString()), w.ui(part::nightChoices));

            for (String line : typed.split("(?<=\n)")) {
                w.ui(() -> part.type(line));
            }
            Await.until("tonight's notes on disk", WAIT, () -> read(file).equals(typed), () -> read(file));
            Await.until("the time of the save shown", WAIT, () -> w.ui(part::state).matches("Saved \\d\\d:\\d\\d:\\d\\d"), () -> w.ui(part::state));

            w.ui(() -> part.search("FOCUSER"));
            assertEquals(List.of(tonight + " 1 Focuser at 12345 for L", tonight + " 2 Focuser at 12410 for Ha", earlier + " 2 Focuser at 12000 for L"),
                    w.ui(part::matches));
            w.ui(() -> part.chooseMatch(2));
            assertEquals(earlier, w.ui(part::shownNight));
            assertEquals(earlierText, w.ui(part::text));
            assertFalse(w.ui(part::editable), "an earlier night is read-only");
            assertEquals("An earlier night: read-only", w.ui(part::state));

            w.ui(() -> part.chooseNight(0));
            assertEquals(tonight, w.ui(part::shownNight));
            assertEquals(typed, w.ui(part::text));
            assertTrue(w.ui(part::editable));
            w.ui(() -> part.search("flats"));
            assertEquals(List.of(tonight + " 3 Flats 2.5 s at gain 100", earlier + " 1 Flats 2.1 s at gain 100"), w.ui(part::matches));
            w.screenshot("notes");

            w.ui(() -> part.chooseNight(2));
            assertEquals("", w.ui(part::text));
            assertTrue(w.ui(part::state).matches("The notes of " + edited + " were not UTF-8 text; the file was kept as .*"
                    + edited + ".txt.corrupt-\\d{8}-\\d{6} and the night starts empty"), w.ui(part::state));
            assertTrue(reported.contains(w.ui(part::state)), "also in the status line: " + reported);
            assertFalse(Files.exists(folder.resolve(edited + ".txt")), "set aside");
            w.ui(() -> part.chooseNight(0));
            // the workbench closes right after this: the part must write it on the way out
            w.ui(() -> part.type("Dew heater 40 %"));
        });
        assertEquals(typed + "Dew heater 40 %", read(file), "the last keystrokes are saved when the part closes");
    }

    private static void clear(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "(no file)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
