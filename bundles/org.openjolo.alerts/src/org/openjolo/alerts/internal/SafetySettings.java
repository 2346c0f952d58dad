package org.openjolo.alerts.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;

import com.google.gson.JsonObject;

/**
 * The observatory-wide safety settings in {@code settings/safety.json}. A file that cannot be read, or holds a
 * value of the wrong kind or out of range, is set aside with a message and the defaults are used; a value
 * that is missing has its default.
 */
final class SafetySettings {

    private static final System.Logger LOG = System.getLogger(SafetySettings.class.getName());
    static final Duration DEFAULT_HOLD_OFF = Duration.ofMinutes(5);
    static final Duration MAX_HOLD_OFF = Duration.ofHours(1);
    private static final Codec<Duration> CODEC = Codec.of(() -> DEFAULT_HOLD_OFF, "defaults are used", SafetySettings::read, SafetySettings::write);

    private final JsonStore<Duration> store;
    private Duration holdOff;

    SafetySettings(Path file) {
        store = new JsonStore<>(file, "The safety settings", CODEC, LOG);
        holdOff = store.load();
    }

    private static Reading<Duration> read(JsonObject o) throws IOException {
        long seconds = JsonFile.wholeNumber(o, "holdOffSeconds", DEFAULT_HOLD_OFF.toSeconds());
        if (seconds < 0 || seconds > MAX_HOLD_OFF.toSeconds()) {
            throw new IOException("the hold-off must be from 0 to " + MAX_HOLD_OFF.toSeconds() + " s, not " + seconds + " s");
        }
        return Reading.whole(Duration.ofSeconds(seconds));
    }

    private static JsonObject write(Duration holdOff) {
        JsonObject o = new JsonObject();
        o.addProperty("holdOffSeconds", holdOff.toSeconds());
        return o;
    }

    synchronized Duration holdOff() {
        return holdOff;
    }

    synchronized void setHoldOff(Duration d) {
        try {
            store.save(d);
            holdOff = d;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the safety settings to " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
