package org.openjolo.compensation.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openjolo.compensation.CompensationPoint;
import org.openjolo.compensation.PointsStore;
import org.openjolo.core.DataLocation;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.JsonFile;
import org.openjolo.core.store.JsonStore;
import org.openjolo.core.store.JsonStore.Codec;
import org.openjolo.core.store.JsonStore.Loaded;
import org.openjolo.core.store.JsonStore.Reading;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Points as JSON: {@code compensation/<device>/<filter>.json}, one file per filter, so a damaged file costs one
 * table. A damaged file is kept aside when its table is loaded, and the part says so; one whose filter cannot be
 * told from its name is kept aside when the filters are listed, with a warning in the log.
 */
@Component(service = PointsStore.class)
public final class FilePointsStore implements PointsStore {

    private static final System.Logger LOG = System.getLogger(FilePointsStore.class.getName());

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
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the compensation points in {0}: {1}", dir, e.getMessage());
            return List.of();
        }
        for (Path f : files) {
            String problem;
            try {
                String name = JsonFile.text(JsonFile.readObject(f), "filter", null);
                if (name != null) {
                    out.add(name);
                    continue;
                }
                problem = "the filter's name is missing";
            } catch (IOException e) {
                problem = e.getMessage();
            }
            // listed under its name when the file name tells it, so that loading it says what is wrong in the part
            String name = filterNamed(f);
            if (name != null) {
                out.add(name);
            } else {
                LOG.log(Level.WARNING, AtomicFiles.keepAside(f, "The compensation points", problem, "its filter is not listed"));
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    /** The filter a file name stands for, when {@link AtomicFiles#safeName} kept the name as it was. */
    private static String filterNamed(Path f) {
        String name = f.getFileName().toString();
        int hash = name.lastIndexOf('-');
        if (hash <= 0) {
            return null;
        }
        String filter = name.substring(0, hash);
        return (AtomicFiles.safeName(filter) + ".json").equals(name) ? filter : null;
    }

    @Override
    public List<CompensationPoint> load(String deviceKey, String filter) throws IOException {
        Loaded<List<CompensationPoint>> loaded = table(deviceKey, filter).loadWithWarning();
        if (loaded.warning().isPresent()) {
            // the part shows it where the operator is looking
            throw new IOException(loaded.warning().get());
        }
        return loaded.value();
    }

    private JsonStore<List<CompensationPoint>> table(String deviceKey, String filter) {
        Codec<List<CompensationPoint>> codec = Codec.of(List::of, "the table starts empty", FilePointsStore::read,
                points -> write(deviceKey, filter, points));
        return new JsonStore<>(file(deviceKey, filter), "The compensation points of filter '" + filter + "'", codec, LOG);
    }

    private static Reading<List<CompensationPoint>> read(JsonObject o) throws IOException {
        JsonElement points = o.get("points");
        if (points == null || !points.isJsonArray()) {
            throw new IOException("it holds " + (points == null ? "no points" : JsonFile.kind(points) + " where the list of points belongs"));
        }
        List<CompensationPoint> out = new ArrayList<>();
        for (JsonElement p : points.getAsJsonArray()) {
            out.add(point(p, out.size() + 1));
        }
        return Reading.whole(List.copyOf(out));
    }

    private static JsonObject write(String deviceKey, String filter, List<CompensationPoint> points) {
        JsonArray list = new JsonArray();
        for (CompensationPoint p : points) {
            JsonObject point = new JsonObject();
            point.addProperty("temperature", p.temperature());
            point.addProperty("position", p.position());
            list.add(point);
        }
        JsonObject o = new JsonObject();
        o.addProperty("device", deviceKey);
        o.addProperty("filter", filter);
        o.add("points", list);
        return o;
    }

    private static CompensationPoint point(JsonElement e, int n) throws IOException {
        if (!e.isJsonObject()) {
            throw new IOException("point " + n + " is " + JsonFile.kind(e));
        }
        JsonObject o = e.getAsJsonObject();
        JsonElement t = o.get("temperature");
        if (t == null || !t.isJsonPrimitive() || !t.getAsJsonPrimitive().isNumber() || !Double.isFinite(t.getAsDouble())) {
            throw new IOException("point " + n + " has no temperature");
        }
        long position = JsonFile.wholeNumber(o, "position", -1);
        if (position < 0 || position > Integer.MAX_VALUE) {
            throw new IOException("point " + n + " has no focuser position (a whole number of steps, 0 or more)");
        }
        return new CompensationPoint(t.getAsDouble(), (int) position);
    }

    @Override
    public void save(String deviceKey, String filter, List<CompensationPoint> points) throws IOException {
        if (filter == null || filter.isBlank() || filter.strip().length() > 32) {
            throw new IllegalArgumentException("A filter name must have 1 to 32 characters");
        }
        table(deviceKey, filter).save(points);
    }
}
