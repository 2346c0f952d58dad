package org.openjolo.core.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.openjolo.core.DiagnosticLog;

/**
 * The one implementation of a {@link DiagnosticLog}: the newest lines in memory, and, while open, a file flushed
 * per line (a log is read after something went wrong, often after a crash) that rotates into numbered older
 * parts. A failing disk never throws to the caller: the line stays in memory with a remark, and the file stops.
 */
class LineLog implements DiagnosticLog {

    static final int KEEP = 1000;

    private final Path file;
    private final long rotateBytes;
    private final int olderParts;
    private final Deque<String> recent = new ArrayDeque<>();
    private BufferedWriter out;
    private long written;

    /**
     * @param rotateBytes the size at which the file moves to {@code .1}
     * @param olderParts  how many older parts to keep ({@code .1} … {@code .n})
     */
    LineLog(Path file, long rotateBytes, int olderParts) {
        this.file = file;
        this.rotateBytes = rotateBytes;
        this.olderParts = olderParts;
    }

    synchronized void add(String line) {
        remember(line);
        if (out != null) {
            try {
                if (written > rotateBytes) {
                    rotate();
                }
                out.write(line);
                out.write('\n');
                out.flush();
                written += line.length() + 1;
            } catch (IOException e) {
                closeFile();
                remember("! the file " + file + " stopped: " + e.getMessage());
            }
        }
    }

    private void remember(String line) {
        recent.addLast(line);
        while (recent.size() > KEEP) {
            recent.removeFirst();
        }
    }

    /** Starts writing to the file, appending to what is there. */
    synchronized void open() throws IOException {
        if (out == null) {
            Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            written = Files.size(file);
        }
    }

    synchronized boolean isOpen() {
        return out != null;
    }

    /** Stops writing to the file; memory goes on. */
    synchronized void close() {
        closeFile();
    }

    private void closeFile() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            remember("! closing " + file + " failed: " + e.getMessage());
        } finally {
            out = null;
        }
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        for (int i = olderParts - 1; i >= 1; i--) {
            Path from = part(i);
            if (Files.exists(from)) {
                Files.move(from, part(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, part(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    /** Older part {@code n} (1 is the newest). */
    Path part(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public synchronized List<String> recent() {
        return new ArrayList<>(recent);
    }

    @Override
    public synchronized void export(Path target) throws IOException {
        if (out != null) {
            out.flush();
        }
        List<String> lines = new ArrayList<>();
        for (int i = olderParts; i >= 1; i--) {
            if (Files.exists(part(i))) {
                lines.addAll(Files.readAllLines(part(i), StandardCharsets.UTF_8));
            }
        }
        if (Files.exists(file)) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        List<String> memory = new ArrayList<>(recent);
        String last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        int from = last == null ? 0 : memory.lastIndexOf(last) + 1;
        if (last != null && from == 0 && !memory.isEmpty()) {
            // the file ends before what memory holds (an earlier session, or a stopped recording)
            lines.add("# ... (not in the file) ...");
        }
        lines.addAll(memory.subList(from, memory.size()));
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(target, lines, StandardCharsets.UTF_8);
    }
}
