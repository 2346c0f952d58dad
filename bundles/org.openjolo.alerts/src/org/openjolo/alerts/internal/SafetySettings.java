package org.openjolo.alerts.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.JsonFile;

import com.google.gson.Gson;

/**
 * The observatory-wide safety settings in {@code settings/safety.json}. A file that cannot be read, or holds a
 * value of the wrong kind or out of range, is set aside with a message and the defaults are used; a value
 * that is missing has its default.
 */
final class SafetySettings {

    private static final System.Logger LOG = System.getLogger(SafetySettings.class.getName());
    private static final Gson GSON = new Gson();
    static final Duration DEFAULT_HOLD_OFF = Duration.ofMinutes(5);
    static final Duration MAX_HOLD_OFF = Duration.ofHours(1);

    /** The file's shape. */
    private static final class Stored {
        long holdOffSeconds = DEFAULT_HOLD_OFF.toSeconds();
    }

    private final Path file;
    private Duration holdOff = DEFAULT_HOLD_OFF;

    SafetySettings(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                long seconds = JsonFile.wholeNumber(JsonFile.readObject(file), "holdOffSeconds", DEFAULT_HOLD_OFF.toSeconds());
                if (seconds < 0 || seconds > MAX_HOLD_OFF.toSeconds()) {
                    throw new IOException("the hold-off must be from 0 to " + MAX_HOLD_OFF.toSeconds() + " s, not " + seconds + " s");
                }
                holdOff = Duration.ofSeconds(seconds);
            } catch (IOException e) {
                LOG.log(Level.WARNING, AtomicFiles.keepAside(file, "The safety settings", e.getMessage(), "defaults are used"));
            }
        }
    }

    synchronized Duration holdOff() {
        return holdOff;
    }

    synchronized void setHoldOff(Duration d) {
        Stored s = new Stored();
        s.holdOffSeconds = d.toSeconds();
        try {
            AtomicFiles.writeString(file, GSON.toJson(s));
            holdOff = d;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the safety settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
