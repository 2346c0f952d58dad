package org.openjolo.charts.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.openjolo.charts.ChartSettings;
import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Reading;

import com.google.gson.JsonObject;

/**
 * The chart settings in {@code settings/charts.json}. A file that cannot be read, or holds a value of the wrong
 * kind or not offered, is set aside and the defaults are used; a value that is missing has its default.
 */
final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final Codec<ChartSettings> CODEC = Codec.of(() -> ChartSettings.DEFAULTS, "defaults are used", SettingsStore::read,
            SettingsStore::write);

    private SettingsStore() {
    }

    /** The chart settings kept in {@code file}. */
    static JsonStore<ChartSettings> at(Path file) {
        return new JsonStore<>(file, "The chart settings", CODEC, LOG);
    }

    /** A value not offered is refused by {@link ChartSettings} itself, in words. */
    private static Reading<ChartSettings> read(JsonObject o) throws IOException {
        ChartSettings d = ChartSettings.DEFAULTS;
        long sampling = JsonFile.wholeNumber(o, "samplingSeconds", d.sampling().toSeconds());
        long period = JsonFile.wholeNumber(o, "periodHours", d.period().toHours());
        boolean collect = JsonFile.bool(o, "collectToFile", d.collectToFile());
        // checked here: Duration.ofHours of a huge number fails with a message about arithmetic
        if (sampling < 0 || sampling > 3600 || period < 0 || period > 1000) {
            throw new IOException("the sampling (" + sampling + " s) or the period (" + period + " h) is out of range");
        }
        return Reading.whole(new ChartSettings(Duration.ofSeconds(sampling), Duration.ofHours(period), collect));
    }

    private static JsonObject write(ChartSettings settings) {
        JsonObject o = new JsonObject();
        o.addProperty("samplingSeconds", settings.sampling().toSeconds());
        o.addProperty("periodHours", settings.period().toHours());
        o.addProperty("collectToFile", settings.collectToFile());
        return o;
    }
}
