package org.openjolo.notes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A night's notes file was not UTF-8 text. It has been moved aside for the operator to inspect (never
 * overwritten), and the night starts empty; the message says where the file went.
 */
public final class CorruptNotesException extends IOException {

    private static final long serialVersionUID = 1L;

    private final LocalDate night;
    private final transient Path keptAs;

    /**
     * @param night   the night whose file it was
     * @param keptAs  where the file now is
     * @param message for the operator
     * @param cause   the decoding error
     */
    public CorruptNotesException(LocalDate night, Path keptAs, String message, Throwable cause) {
        super(message, cause);
        this.night = night;
        this.keptAs = keptAs;
    }

    /** The night whose file it was. */
    public LocalDate night() {
        return night;
    }

    /** Where the unreadable file now is. */
    public Path keptAs() {
        return keptAs;
    }
}
