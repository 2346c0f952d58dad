package org.openjolo.charts.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openjolo.charts.ChartSettings;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.JsonFile;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The chart settings in {@code settings/charts.json}. A file that cannot be read, or holds a value of the wrong
 * kind or not offered, is set aside and the defaults are used; a value that is missing has its default.
 */
final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final Gson GSON = new Gson();

    /** The file's shape. */
    private static final class Stored {
        long samplingSeconds;
        long periodHours;
        boolean collectToFile;
    }

    private final Path file;

    SettingsStore(Path file) {
        this.file = file;
    }

    ChartSettings load() {
        if (!Files.exists(file)) {
            return ChartSettings.DEFAULTS;
        }
        ChartSettings d = ChartSettings.DEFAULTS;
        try {
            JsonObject o = JsonFile.readObject(file);
            long sampling = JsonFile.wholeNumber(o, "samplingSeconds", d.sampling().toSeconds());
            long period = JsonFile.wholeNumber(o, "periodHours", d.period().toHours());
            boolean collect = JsonFile.bool(o, "collectToFile", d.collectToFile());
            // checked here: Duration.ofHours of a huge number fails with a message about arithmetic
            if (sampling < 0 || sampling > 3600 || period < 0 || period > 1000) {
                throw new IOException("the sampling (" + sampling + " s) or the period (" + period + " h) is out of range");
            }
            return new ChartSettings(Duration.ofSeconds(sampling), Duration.ofHours(period), collect);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, AtomicFiles.keepAside(file, "The chart settings", e.getMessage(), "defaults are used"));
            return d;
        }
    }

    void save(ChartSettings settings) throws IOException {
        Stored s = new Stored();
        s.samplingSeconds = settings.sampling().toSeconds();
        s.periodHours = settings.period().toHours();
        s.collectToFile = settings.collectToFile();
        AtomicFiles.writeString(file, GSON.toJson(s));
    }
}
