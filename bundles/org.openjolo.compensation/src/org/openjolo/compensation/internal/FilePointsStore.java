package org.openjolo.compensation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openjolo.compensation.CompensationPoint;
import org.openjolo.compensation.PointsStore;
import org.openjolo.core.DataLocation;
import org.openjolo.core.store.AtomicFiles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/** Points as JSON: {@code compensation/<device>/<filter>.json}. */
@Component(service = PointsStore.class)
public final class FilePointsStore implements PointsStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** The file's shape. */
    private record Stored(String device, String filter, List<CompensationPoint> points) {
    }

    @Reference
    DataLocation location;

    /** For Declarative Services. */
    public FilePointsStore() {
    }

    /** For tests outside OSGi. */
    public FilePointsStore(DataLocation location) {
        this.location = location;
    }

    private Path dir(String deviceKey) {
        return location.root().resolve("compensation").resolve(AtomicFiles.safeName(deviceKey));
    }

    private Path file(String deviceKey, String filter) {
        return dir(deviceKey).resolve(AtomicFiles.safeName(filter) + ".json");
    }

    @Override
    public List<String> filters(String deviceKey) {
        Path dir = dir(deviceKey);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    Stored s = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), Stored.class);
                    if (s != null && s.filter() != null) {
                        out.add(s.filter());
                    }
                } catch (IOException | JsonParseException e) {
                    // an unreadable file is reported when its filter is loaded
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out.stream().sorted().toList();
    }

    @Override
    public List<CompensationPoint> load(String deviceKey, String filter) throws IOException {
        Path f = file(deviceKey, filter);
        if (!Files.exists(f)) {
            return List.of();
        }
        try {
            Stored s = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), Stored.class);
            if (s == null || s.points() == null) {
                throw new JsonParseException("no points");
            }
            for (CompensationPoint p : s.points()) {
                if (p == null || !Double.isFinite(p.temperature())) {
                    throw new JsonParseException("a point without a temperature");
                }
            }
            return List.copyOf(s.points());
        } catch (JsonParseException | IllegalArgumentException | IOException e) {
            throw new IOException("The compensation points of filter '" + filter + "' could not be read (" + e.getMessage()
                    + "); " + AtomicFiles.keepAside(f) + " and the table starts empty", e);
        }
    }

    @Override
    public void save(String deviceKey, String filter, List<CompensationPoint> points) throws IOException {
        if (filter == null || filter.isBlank() || filter.strip().length() > 32) {
            throw new IllegalArgumentException("A filter name must have 1 to 32 characters");
        }
        AtomicFiles.writeString(file(deviceKey, filter), GSON.toJson(new Stored(deviceKey, filter, List.copyOf(points))));
    }
}
