package org.openjolo.notes;

import java.time.LocalDate;

/**
 * Saves a night's notes as they are typed. Each change hands over the whole text; it is written once typing
 * pauses ({@link #IDLE_MS}), and never later than {@link #LATEST_MS} after the first unsaved change even while
 * typing goes on, so a crash loses at most about a second. Writes run one after another on the autosaver's own
 * thread, always with the latest text; failures go to the {@link AutosaveListener} and leave the file as it
 * was, and the text stays unsaved until a later write succeeds. Thread-safe.
 */
public interface Autosave extends AutoCloseable {

    /** How long typing must pause before the text is written. */
    long IDLE_MS = 300;

    /** The longest an unsaved change waits while typing goes on. */
    long LATEST_MS = 1000;

    /** The night whose notes this saves. */
    LocalDate night();

    /** The whole text after a change; returns at once. */
    void changed(String text);

    /** Whether there is text not yet written (also after a failed write). */
    boolean unsaved();

    /**
     * Writes unsaved text now and waits for it.
     *
     * @return whether everything is saved (a failure went to the listener)
     */
    boolean flush();

    /** Flushes, then stops the thread. Changes after this are refused. */
    @Override
    void close();
}
