package org.openjolo.core;

import java.nio.file.Path;

/**
 * Where the workbench keeps its files: the instance location (default {@code ~/.openjolo}, changed with
 * {@code -data}). An OSGi service.
 */
public interface DataLocation {

    /** The instance folder. */
    Path root();

    /** Device profiles and remembered connections (JSON). */
    default Path settings() {
        return root().resolve("settings");
    }

    /** CSV logs and the application log. */
    default Path logs() {
        return root().resolve("logs");
    }

    /** The operator's session notes, one text file per night. */
    default Path notes() {
        return root().resolve("notes");
    }
}
