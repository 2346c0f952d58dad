package org.openjolo.notes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.notes.Autosave;
import org.openjolo.notes.AutosaveListener;
import org.openjolo.testing.Await;

/** The autosaver: written when typing pauses, at the latest a second after a change, failures reported. */
class AutosaveTest {

    private static final LocalDate NIGHT = LocalDate.parse("2026-12-01");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path instance;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();

    private final AutosaveListener listener = new AutosaveListener() {
        @Override
        public void saved(LocalDate night, Instant at) {
            events.add("saved " + night);
        }

        @Override
        public void failed(LocalDate night, Exception error) {
            events.add("failed " + night);
            failures.add(error);
        }
    };

    private NoteFiles notes() {
        return new NoteFiles(() -> instance.resolve("notes"), Clock.systemDefaultZone());
    }

    private static String read(NoteFiles notes) {
        try {
            return notes.read(NIGHT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void quickKeystrokesAreWrittenOnceWhenTypingPauses() throws InterruptedException {
        NoteFiles notes = notes();
        try (Autosave autosave = notes.autosave(NIGHT, listener)) {
            autosave.changed("f");
            autosave.changed("fo");
            autosave.changed("foc");
            assertTrue(autosave.unsaved());
            assertFalse(Files.exists(notes.file(NIGHT)), "nothing is written before typing pauses");
            Await.until("the text saved", WAIT, () -> read(notes).equals("foc"), () -> read(notes));
            Await.until("the save reported", WAIT, () -> !events.isEmpty());
            assertFalse(autosave.unsaved());
            Thread.sleep(Autosave.IDLE_MS * 2);
            assertEquals(List.of("saved 2026-12-01"), events, "one write for the three keystrokes");
        }
    }

    @Test
    void typingWithoutAPauseIsStillSavedEverySecond() throws InterruptedException {
        NoteFiles notes = notes();
        try (Autosave autosave = notes.autosave(NIGHT, listener)) {
            StringBuilder typed = new StringBuilder();
            long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
            // keystrokes closer together than the idle pause: only the one-second deadline writes
            while (System.nanoTime() < end) {
                typed.append('x');
                autosave.changed(typed.toString());
                Thread.sleep(Autosave.IDLE_MS / 6);
            }
            List<String> whileTyping = List.copyOf(events);
            String onDisk = read(notes);
            assertTrue(whileTyping.size() >= 2, "saves while typing for 2.5 s: " + whileTyping);
            assertTrue(!onDisk.isEmpty() && typed.toString().startsWith(onDisk), onDisk);
            Await.until("the whole text saved", WAIT, () -> read(notes).equals(typed.toString()));
        }
    }

    @Test
    void closingWritesWhatIsPendingAndRefusesLaterChanges() throws IOException {
        NoteFiles notes = notes();
        Autosave autosave = notes.autosave(NIGHT, listener);
        autosave.changed("flats 2.5 s");
        autosave.close();
        assertEquals("flats 2.5 s", notes.read(NIGHT));
        assertEquals(List.of("saved 2026-12-01"), events);
        assertThrows(IllegalStateException.class, () -> autosave.changed("more"));
        autosave.close();
    }

    @Test
    void aFailedWriteIsReportedAndTheTextIsKeptForTheNextTry() throws IOException {
        NoteFiles notes = notes();
        Path folder = instance.resolve("notes");
        Files.writeString(folder, "a file where the folder should be");
        try (Autosave autosave = notes.autosave(NIGHT, listener)) {
            autosave.changed("focuser 12345");
            Await.until("the failure reported", WAIT, () -> !failures.isEmpty());
            assertTrue(failures.get(0).getMessage().startsWith("Could not save the notes of 2026-12-01 to " + notes.file(NIGHT)),
                    failures.get(0).getMessage());
            assertTrue(autosave.unsaved(), "the text is not lost");
            assertFalse(autosave.flush(), "still failing");

            Files.delete(folder);
            assertTrue(autosave.flush());
            assertEquals("focuser 12345", notes.read(NIGHT));
            assertEquals(List.of("failed 2026-12-01", "failed 2026-12-01", "saved 2026-12-01"), events);
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheSaving() throws IOException {
        NoteFiles notes = notes();
        AutosaveListener broken = new AutosaveListener() {
            @Override
            public void saved(LocalDate night, Instant at) {
                throw new IllegalStateException("a listener bug (expected by the test)");
            }

            @Override
            public void failed(LocalDate night, Exception error) {
                throw new IllegalStateException("a listener bug (expected by the test)");
            }
        };
        try (Autosave autosave = notes.autosave(NIGHT, broken)) {
            autosave.changed("one");
            assertTrue(autosave.flush());
            autosave.changed("two");
            assertTrue(autosave.flush());
            assertEquals("two", notes.read(NIGHT));
        }
    }
}
