package org.openjolo.charts.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openjolo.charts.ChartData;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.charts.ChartSettings;
import org.openjolo.charts.ChartStore;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.store.JsonStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ChartRecorder}: hears every device the registry connects (a whiteboard {@link DeviceListener}), averages on the device's worker
 * (cheap: a few additions per sample) and writes CSV rows on a thread of its own, so a slow disk never delays
 * a poll. A device that reconnects (same family and port) continues its chart store.
 */
@Component(service = { ChartRecorder.class, DeviceListener.class }, immediate = true)
public final class RecorderService implements ChartRecorder, DeviceListener {

    private static final System.Logger LOG = System.getLogger(RecorderService.class.getName());

    @Reference
    DataLocation location;

    ZoneId zone = ZoneId.systemDefault();

    private final Map<String, Recording> recordings = new LinkedHashMap<>();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private JsonStore<ChartSettings> store;
    private volatile ChartSettings settings = ChartSettings.DEFAULTS;
    private volatile String fileProblem;
    private ExecutorService files;

    /** The recordings of the devices connected now (the registry's whiteboard tells which). */
    private final Map<Device, Recording> live = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void added(Device device) {
        Recording r;
        synchronized (this) {
            r = recordings.computeIfAbsent(device.identity().key(), k -> new Recording(device, settings));
        }
        live.put(device, r);
    }

    @Override
    public void removed(Device device) {
        Recording r = live.remove(device);
        if (r != null) {
            r.stop();
        }
    }

    @Override
    public void telemetry(Device device, Telemetry t) {
        Recording r = live.get(device);
        if (r != null) {
            r.telemetry(t);
        }
    }

    /** One device's recording: its store (kept across reconnects), averager and CSV log. */
    private final class Recording {
        final ChartStore store;
        final CsvLog csv;
        Averager averager;

        Recording(Device device, ChartSettings s) {
            // read once: the columns of the night's file and the chart views stay those of the first connection
            DeviceDescription description = device.description();
            store = new ChartStore(device.identity(), description, s.capacity());
            csv = new CsvLog(location.logs(), device.identity(), description, zone);
            averager = new Averager(s.sampling().toMillis());
            // on the file thread, before this recording's first row: the night so far, from the night's CSV
            files.execute(this::reloadTonight);
        }

        /** After a restart the charts show the night so far again, read back from the night's CSV log. */
        private void reloadTonight() {
            try {
                List<Point> history = csv.read(org.openjolo.core.store.ObservingNight.of(java.time.Instant.now(), zone));
                if (history.isEmpty()) {
                    return;
                }
                store.addEarlier(history.stream().mapToLong(Point::time).toArray(), history.stream().map(Point::values).toList());
                LOG.log(Level.INFO, "{0} chart points of tonight read back for {1}", history.size(), store.device().model());
                tellListeners();
            } catch (IOException | RuntimeException e) {
                // the charts start empty, as before; the file itself is left as it is
                LOG.log(Level.WARNING, "Could not read back tonight's chart points: " + e.getMessage(), e);
            }
        }

        void telemetry(Telemetry t) {
            Telemetry charted = chartable(t);
            Optional<Point> p;
            synchronized (this) {
                p = averager.add(charted);
            }
            p.ifPresent(this::publish);
        }

        void stop() {
            Optional<Point> last;
            synchronized (this) {
                last = averager.flush();
            }
            last.ifPresent(this::publish);
            files.execute(() -> {
                try {
                    csv.close();
                } catch (IOException e) {
                    problem("Could not close the CSV log " + csv.file() + ": " + e.getMessage(), e);
                }
            });
        }

        synchronized void resample(long samplingMillis) {
            averager.flush().ifPresent(this::publish);
            averager = new Averager(samplingMillis);
        }

        private void publish(Point p) {
            store.add(p.time(), p.values());
            tellListeners();
            if (settings.collectToFile()) {
                files.execute(() -> {
                    try {
                        csv.write(p);
                        fileProblem = null;
                    } catch (IOException e) {
                        problem("Could not write the CSV log in " + location.logs() + ": " + e.getMessage()
                                + " (the charts go on recording)", e);
                    }
                });
            }
        }
    }

    private void tellListeners() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A chart listener failed", e);
            }
        }
    }

    @Activate
    void activate() {
        store = SettingsStore.at(location.settings().resolve("charts.json"));
        settings = store.load();
        files = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "OpenJolo CSV log");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        new ArrayList<>(live.keySet()).forEach(this::removed);
        files.shutdown();
        try {
            if (!files.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "The CSV log did not finish writing within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Recording recording(Device device) {
        return recordings.get(device.identity().key());
    }

    /** Only what a chart can draw: numbers and on/off. */
    private static Telemetry chartable(Telemetry t) {
        Telemetry.Builder b = Telemetry.at(t.time());
        t.values().forEach((k, v) -> {
            if (Averager.chartable(k)) {
                put(b, k, v);
            }
        });
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void put(Telemetry.Builder b, org.openjolo.core.TelemetryKey<T> k, Object v) {
        b.put(k, (T) v);
    }

    private void problem(String message, Exception e) {
        if (!message.equals(fileProblem)) {
            LOG.log(Level.WARNING, message, e);
        }
        fileProblem = message;
    }

    @Override
    public ChartSettings settings() {
        return settings;
    }

    @Override
    public void setSettings(ChartSettings s) {
        ChartSettings old = settings;
        settings = s;
        List<Recording> all;
        synchronized (this) {
            all = new ArrayList<>(recordings.values());
        }
        for (Recording r : all) {
            if (!s.sampling().equals(old.sampling())) {
                r.resample(s.sampling().toMillis());
            }
            r.store.resize(s.capacity());
        }
        if (!s.collectToFile()) {
            files.execute(() -> all.forEach(r -> {
                try {
                    r.csv.close();
                } catch (IOException e) {
                    problem("Could not close the CSV log " + r.csv.file() + ": " + e.getMessage(), e);
                }
            }));
        }
        try {
            store.save(s);
        } catch (IOException e) {
            throw new IllegalStateException("The chart settings apply but could not be saved to " + location.settings() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<ChartData> data(Device device) {
        return Optional.ofNullable(recordings.get(device.identity().key())).map(r -> r.store);
    }

    @Override
    public synchronized List<ChartData> all() {
        return recordings.values().stream().map(r -> (ChartData) r.store).toList();
    }

    @Override
    public void clear() {
        List<Recording> all;
        synchronized (this) {
            all = new ArrayList<>(recordings.values());
        }
        all.forEach(r -> r.store.clear());
        listeners.forEach(Runnable::run);
    }

    @Override
    public Path logFolder() {
        return location.logs();
    }

    @Override
    public Optional<String> fileProblem() {
        return Optional.ofNullable(fileProblem);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The CSV files being written now (tests). */
    synchronized List<Path> openFiles() {
        return recordings.values().stream().map(r -> r.csv.file()).filter(java.util.Objects::nonNull).toList();
    }
}
