package org.openjolo.charts.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.core.store.ObservingNight;

/**
 * A device's CSV log: one file per night ({@code 2026-12-01_<device>.csv}), a header row with units, one row
 * per chart point, append-only and flushed after every row, so a crash loses at most the point being
 * averaged. The columns are the chartable channels of the device's description, in its order, from the first
 * row on: a value the device does not report (a sensor unplugged) is an empty cell, and the columns stay the
 * same all night. When a series appears that the file has no column for (a value the description does not
 * list, or any new series of a device without a description), or the file on disk has other columns (a
 * restart with another version or firmware), the night continues in the next part ({@code …_2.csv}) rather
 * than rewriting what is there.
 */
final class CsvLog implements Closeable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Lets spreadsheets read the file as UTF-8 (°C in the header). */
    private static final String BOM = "\uFEFF";

    private final Path folder;
    private final String device;
    private final ZoneId zone;
    /** The columns every file starts with: the description's chartable channels. */
    private final List<TelemetryKey<?>> declared;
    private BufferedWriter out;
    private Path file;
    private LocalDate night;
    private List<TelemetryKey<?>> columns = List.of();

    /** A log whose columns are the series in the order they first come (a device without a description). */
    CsvLog(Path folder, DeviceIdentity identity, ZoneId zone) {
        this(folder, identity, DeviceDescription.EMPTY, zone);
    }

    /** A log whose columns are the chartable channels of {@code description}, then any series it does not list. */
    CsvLog(Path folder, DeviceIdentity identity, DeviceDescription description, ZoneId zone) {
        this.folder = folder;
        this.device = AtomicFiles.safeName(identity.key());
        this.zone = zone;
        this.declared = description.channels().stream().filter(Channel::isChartable).<TelemetryKey<?>>map(Channel::key).toList();
    }

    /** Appends a point, opening the night's file (or its next part) when needed. */
    void write(Point p) throws IOException {
        Instant t = Instant.ofEpochMilli(p.time());
        LocalDate n = ObservingNight.of(t, zone);
        if (out == null || !n.equals(night) || !columns.containsAll(p.values().keySet())) {
            List<TelemetryKey<?>> cols = new ArrayList<>(n.equals(night) ? columns : declared);
            p.values().keySet().stream().filter(k -> !cols.contains(k)).forEach(cols::add);
            open(n, cols);
        }
        StringBuilder row = new StringBuilder(TIME.format(t.atZone(zone)));
        for (TelemetryKey<?> k : columns) {
            row.append(',');
            Double v = p.values().get(k);
            if (v != null && !v.isNaN()) {
                row.append(format(k, v));
            }
        }
        out.write(row.append('\n').toString());
        out.flush();
    }

    /**
     * The points of a night's files as this log wrote them ({@code …csv}, {@code …_2.csv}, …), oldest first: the
     * chart history a restarted workbench shows again. Columns are matched by their header text to the series
     * the log declares; others, and rows that cannot be read (a row cut short by a crash), are left out.
     */
    List<Point> read(LocalDate n) throws IOException {
        List<Point> points = new ArrayList<>();
        java.util.Map<String, TelemetryKey<?>> byHeader = new java.util.HashMap<>();
        for (TelemetryKey<?> k : declared) {
            byHeader.put(header(List.of(k)).substring("Time,".length()), k);
        }
        for (int part = 1;; part++) {
            Path f = folder.resolve(n + "_" + device + (part == 1 ? "" : "_" + part) + ".csv");
            if (!Files.isRegularFile(f)) {
                break;
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                continue;
            }
            String head = lines.get(0).startsWith(BOM) ? lines.get(0).substring(1) : lines.get(0);
            String[] names = head.split(",", -1);
            List<TelemetryKey<?>> cols = new ArrayList<>();
            for (int i = 1; i < names.length; i++) {
                cols.add(byHeader.get(names[i]));
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != names.length) {
                    continue;
                }
                try {
                    long time = java.time.LocalDateTime.parse(cells[0], TIME).atZone(zone).toInstant().toEpochMilli();
                    java.util.Map<TelemetryKey<?>, Double> values = new java.util.LinkedHashMap<>();
                    for (int i = 1; i < cells.length; i++) {
                        if (cols.get(i - 1) != null && !cells[i].isEmpty()) {
                            values.put(cols.get(i - 1), Double.parseDouble(cells[i]));
                        }
                    }
                    points.add(new Point(time, values));
                } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
                    // a row cut short or edited by hand costs itself only
                }
            }
        }
        points.sort(java.util.Comparator.comparingLong(Point::time));
        return points;
    }

    /** The file being written, or null before the first point. */
    Path file() {
        return file;
    }

    private void open(LocalDate n, List<TelemetryKey<?>> cols) throws IOException {
        close();
        Files.createDirectories(folder);
        String header = header(cols);
        for (int part = 1;; part++) {
            Path f = folder.resolve(n + "_" + device + (part == 1 ? "" : "_" + part) + ".csv");
            if (!Files.exists(f) || Files.size(f) == 0) {
                out = Files.newBufferedWriter(f, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                out.write(BOM + header + "\n");
            } else if (header.equals(firstLine(f))) {
                out = Files.newBufferedWriter(f, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                if (!endsWithNewline(f)) {
                    // the last row was cut short (a crash or a full disk): the next one must start on a line of its own
                    out.write('\n');
                }
            } else {
                continue;
            }
            file = f;
            night = n;
            columns = List.copyOf(cols);
            return;
        }
    }

    private static String firstLine(Path f) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(64 * 1024);
        }
        // decoded leniently: a file that is not UTF-8 is not ours to continue, and must not stop the logging
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return line.startsWith(BOM) ? line.substring(1) : line;
    }

    private static boolean endsWithNewline(Path f) throws IOException {
        try (SeekableByteChannel c = Files.newByteChannel(f)) {
            if (c.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            c.position(c.size() - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    /** "Time" and each series' label with its unit: "Temperature #1 [°C]", "Output 1 [on 0-1]". */
    static String header(List<TelemetryKey<?>> cols) {
        StringBuilder b = new StringBuilder("Time");
        for (TelemetryKey<?> k : cols) {
            String unit = k.type() == Boolean.class ? "on 0-1" : k.unit();
            b.append(',').append(k.label().replace(",", " ")).append(unit.isEmpty() ? "" : " [" + unit + "]");
        }
        return b.toString();
    }

    private static String format(TelemetryKey<?> k, double v) {
        if (k.type() == Integer.class || k.type() == Long.class) {
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, k.type() == Boolean.class ? "%.2f" : "%.3f", v);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            try {
                out.close();
            } finally {
                out = null;
            }
        }
    }
}
