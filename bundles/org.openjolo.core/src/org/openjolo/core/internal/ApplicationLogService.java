package org.openjolo.core.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.openjolo.core.ApplicationLog;
import org.openjolo.core.DataLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * The {@link ApplicationLog}: a java.util.logging handler on the root logger (where {@link System.Logger} of every
 * bundle ends up) and a listener on the OSGi log (where Equinox, DS and the E4 workbench report), both at warning
 * and above. Immediate, so problems at start are caught before anyone opens the log.
 */
@Component(service = ApplicationLog.class, immediate = true)
public final class ApplicationLogService implements ApplicationLog {

    static final long ROTATE_BYTES = 1024 * 1024;
    static final int OLDER_PARTS = 4;

    private final LogReaderService osgiLog;
    private final LineLog log;
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            if (isLoggable(r)) {
                write(r.getInstant(), r.getLevel().getName(), r.getLoggerName(), formatter.formatMessage(r), r.getThrown());
            }
        }

        @Override
        public void flush() {
            // every line is flushed as it is written
        }

        @Override
        public void close() {
            // the file belongs to the component, closed on deactivation
        }
    };
    private final LogListener osgiListener = this::logged;

    @Activate
    public ApplicationLogService(@Reference DataLocation location,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) LogReaderService osgiLog) {
        this.osgiLog = osgiLog;
        this.log = new LineLog(location.logs().resolve("openjolo.log"), ROTATE_BYTES, OLDER_PARTS);
        try {
            log.open();
        } catch (IOException e) {
            // still a log in memory, viewable from the Help menu; say where the file should have been
            System.err.println("OpenJolo Workbench: the application log " + log.file() + " cannot be written: " + e.getMessage());
            log.add(stamp(Instant.now()) + " WARNING the file " + log.file() + " cannot be written: " + e.getMessage());
        }
        log.add(stamp(Instant.now()) + " INFO    started: Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", data in " + location.root());
        handler.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(handler);
        if (osgiLog != null) {
            osgiLog.addLogListener(osgiListener);
        }
    }

    @Deactivate
    void deactivate() {
        Logger.getLogger("").removeHandler(handler);
        if (osgiLog != null) {
            osgiLog.removeLogListener(osgiListener);
        }
        log.close();
    }

    private void logged(LogEntry e) {
        if (LogLevel.WARN.implies(e.getLogLevel())) {
            String source = e.getBundle() == null ? e.getLoggerName() : e.getBundle().getSymbolicName();
            write(Instant.ofEpochMilli(e.getTime()), e.getLogLevel().name(), source, e.getMessage(), e.getException());
        }
    }

    private void write(Instant when, String level, String source, String message, Throwable thrown) {
        StringBuilder line = new StringBuilder(stamp(when)).append(' ').append(String.format("%-7s", level)).append(' ')
                .append(source == null ? "?" : source).append(": ").append(message);
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace.toString().stripTrailing());
        }
        // a multi-line message stays one entry per line, so the viewer and a grep see every line
        for (String l : line.toString().split("\\R")) {
            log.add(l);
        }
    }

    private static String stamp(Instant when) {
        return LocalDateTime.ofInstant(when, ZoneId.systemDefault()).format(TraceRecorder.TIME);
    }

    @Override
    public Path file() {
        return log.file();
    }

    @Override
    public List<String> recent() {
        return log.recent();
    }

    @Override
    public void export(Path target) throws IOException {
        log.export(target);
    }
}
