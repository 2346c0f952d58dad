package org.openjolo.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A log a user attaches to a problem report: the {@link ApplicationLog} or a device's {@link ProtocolTrace}. The
 * newest lines are kept in memory for viewing; the file rotates, so it never grows without bound. Thread-safe.
 */
public interface DiagnosticLog {

    /** The current file (older parts sit beside it as {@code .1}, {@code .2}, ...). */
    Path file();

    /** The last lines (at most a thousand), oldest first. */
    List<String> recent();

    /**
     * Copies the log to {@code target} for a problem report: the older parts and the file, oldest first, then the
     * lines kept in memory that are newer than the file.
     *
     * @throws IOException when the copy cannot be written; the log itself is left as it was
     */
    void export(Path target) throws IOException;
}
