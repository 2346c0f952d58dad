package org.openjolo.notes.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.openjolo.notes.Autosave;
import org.openjolo.notes.AutosaveListener;

/**
 * Run in a child JVM by {@link KillTest}, with a plain class path: types a character every 20 ms into the
 * autosaver and prints how many it has typed after each, until it is killed.
 */
public final class TypingChild {

    static final LocalDate NIGHT = LocalDate.parse("2026-12-01");
    static final long KEYSTROKE_MS = 20;
    private static final String LINE = "Focuser at 12345 for L, flats 2.5 s at gain 100.\n";

    private TypingChild() {
    }

    /** The first {@code n} characters typed. */
    static String typed(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(LINE.charAt(i % LINE.length()));
        }
        return b.toString();
    }

    /** @param args the notes folder */
    public static void main(String[] args) throws InterruptedException {
        NoteFiles notes = new NoteFiles(() -> Path.of(args[0]), Clock.systemDefaultZone());
        Autosave autosave = notes.autosave(NIGHT, new AutosaveListener() {
            @Override
            public void saved(LocalDate night, Instant at) {
                // the parent judges by the file
            }

            @Override
            public void failed(LocalDate night, Exception error) {
                error.printStackTrace();
            }
        });
        for (int n = 1;; n++) {
            autosave.changed(typed(n));
            System.out.println("typed " + n);
            System.out.flush();
            Thread.sleep(KEYSTROKE_MS);
        }
    }
}
