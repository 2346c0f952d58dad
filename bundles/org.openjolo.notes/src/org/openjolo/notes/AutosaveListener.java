package org.openjolo.notes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Hears what an {@link Autosave} did, on its thread: return quickly and hand UI work to the UI thread. An
 * exception thrown here is logged and goes no further.
 */
public interface AutosaveListener {

    /** The latest text handed over is on disk, written at {@code at}. */
    void saved(LocalDate night, Instant at);

    /** A write failed; the file keeps its previous content and the text stays unsaved. */
    void failed(LocalDate night, Exception error);
}
