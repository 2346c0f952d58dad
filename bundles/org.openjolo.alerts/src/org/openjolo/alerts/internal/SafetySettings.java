package org.openjolo.alerts.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openjolo.core.store.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The observatory-wide safety settings in {@code settings/safety.json}. An unreadable file is set aside with a
 * message and the defaults are used.
 */
final class SafetySettings {

    private static final System.Logger LOG = System.getLogger(SafetySettings.class.getName());
    private static final Gson GSON = new Gson();
    static final Duration DEFAULT_HOLD_OFF = Duration.ofMinutes(5);

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
                Stored s = GSON.fromJson(Files.readString(file), Stored.class);
                if (s == null || s.holdOffSeconds < 0 || s.holdOffSeconds > 3600) {
                    throw new JsonParseException("the hold-off must be from 0 to 3600 s");
                }
                holdOff = Duration.ofSeconds(s.holdOffSeconds);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the safety settings {0} ({1}); defaults are used; {2}", file, e.getMessage(),
                        AtomicFiles.keepAside(file));
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
