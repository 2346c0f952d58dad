package org.openjolo.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes that never leave a half-written file (temporary file + rename), and the one way to keep a corrupt file
 * for the operator instead of silently replacing it.
 */
public final class AtomicFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} (UTF-8) atomically, creating parent folders. */
    public static void writeString(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A file name any file system accepts for a key such as {@code astrolink4@serial:/dev/ttyUSB0}: readable,
     * and distinct per key (a hash of the key is appended).
     */
    public static String safeName(String key) {
        String readable = key.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (readable.length() > 80) {
            readable = readable.substring(0, 80);
        }
        return readable + "-" + Integer.toHexString(key.hashCode());
    }

    /**
     * Moves an unreadable file aside and says so for the operator's message: "it was kept as …", or why even
     * that failed. For loaders that go on with defaults.
     */
    public static String keepAside(Path file) {
        try {
            return "it was kept as " + setAside(file);
        } catch (IOException e) {
            return "it could not even be moved aside (" + e.getMessage() + ")";
        }
    }

    /**
     * Moves an unreadable file aside as {@code name.corrupt-<timestamp>} and returns the new path, so the
     * operator can inspect it and defaults can be used.
     */
    public static Path setAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
        return Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    }
}
