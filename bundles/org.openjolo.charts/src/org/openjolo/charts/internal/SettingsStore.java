package org.openjolo.charts.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openjolo.charts.ChartSettings;
import org.openjolo.core.store.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** The chart settings in {@code settings/charts.json}. An unreadable file is set aside and the defaults are used. */
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
        try {
            Stored s = GSON.fromJson(Files.readString(file), Stored.class);
            if (s == null) {
                throw new JsonParseException("the file is empty");
            }
            return new ChartSettings(Duration.ofSeconds(s.samplingSeconds), Duration.ofHours(s.periodHours), s.collectToFile);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the chart settings {0} ({1}); defaults are used; {2}", file, e.getMessage(),
                    AtomicFiles.keepAside(file));
            return ChartSettings.DEFAULTS;
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
