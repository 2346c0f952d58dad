package org.openjolo.notes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The session notes, one text per night: an OSGi service. Nights are {@link org.openjolo.core.store.ObservingNight}s:
 * from local noon to the next local noon, so a note typed at 01:00 belongs to the previous date's night.
 * Thread-safe.
 */
public interface Notes {

    /** The night it is now, in the system's time zone. */
    LocalDate tonight();

    /** The file a night's notes are kept in ({@code notes/YYYY-MM-DD.txt}); it may not exist yet. */
    Path file(LocalDate night);

    /**
     * A night's notes, or "" when nothing was written that night.
     *
     * @throws CorruptNotesException when the file was not UTF-8 text: it has been moved aside, and the night
     *                               starts empty
     * @throws IOException           when the file cannot be read (it is left as it is)
     */
    String read(LocalDate night) throws IOException;

    /**
     * Replaces a night's notes atomically: after a failure or a crash the file holds either the old or the new
     * text, never a mix.
     *
     * @throws IOException with a message naming the night and the file
     */
    void write(LocalDate night, String text) throws IOException;

    /** The nights that have notes, newest first. */
    List<LocalDate> nights() throws IOException;

    /**
     * Every line of every night that contains {@code text}, ignoring case: newest night first, then by line.
     * Nothing for blank text. Files that are not UTF-8 text are searched as far as they can be decoded and left
     * as they are.
     */
    List<Match> search(String text) throws IOException;

    /**
     * An autosaver for one night's notes, with its own background thread: close it when done.
     *
     * @param listener told about each save and each failure, on the autosaver's thread
     */
    Autosave autosave(LocalDate night, AutosaveListener listener);
}
