package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

class ApplicationLogTest {

    @TempDir
    Path home;

    private static final System.Logger LOG = System.getLogger("org.openjolo.test.ApplicationLogTest");

    @Test
    void warningsAndErrorsWithTheirStackGoToTheFileAndInfoDoesNot() throws Exception {
        ApplicationLogService log = new ApplicationLogService(() -> home, null);
        try {
            LOG.log(System.Logger.Level.INFO, "just information {0}", 1);
            LOG.log(System.Logger.Level.WARNING, "AstroLink 4 USB on {0} is LOST: {1}", "/dev/ttyUSB0", "no reply");
            LOG.log(System.Logger.Level.ERROR, "a driver failed", new IllegalStateException("bad status"));
        } finally {
            log.deactivate();
        }
        LOG.log(System.Logger.Level.ERROR, "after the log was closed");

        Path file = home.resolve("logs/openjolo.log");
        assertEquals(file, log.file());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains("INFO    started: Java"), lines.get(0));
        assertFalse(lines.stream().anyMatch(l -> l.contains("just information")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING org\\.openjolo\\.test\\.ApplicationLogTest: AstroLink 4 USB on /dev/ttyUSB0 is LOST: no reply")),
                lines.toString());
        int error = lines.indexOf(lines.stream().filter(l -> l.endsWith("a driver failed")).findFirst().orElseThrow());
        assertTrue(lines.get(error).contains(" SEVERE "), lines.get(error));
        assertEquals("java.lang.IllegalStateException: bad status", lines.get(error + 1));
        assertTrue(lines.get(error + 2).strip().startsWith("at org.openjolo.core.internal.ApplicationLogTest"), lines.get(error + 2));
        assertFalse(lines.stream().anyMatch(l -> l.contains("after the log was closed")), "the handler is removed");
        assertEquals(lines, log.recent());
    }

    @Test
    void platformWarningsFromTheOsgiLogAreRecordedAndInfoIsNot() throws Exception {
        FakeReader reader = new FakeReader();
        ApplicationLogService log = new ApplicationLogService(() -> home, reader);
        reader.listener.logged(entry(LogLevel.ERROR, "FrameworkEvent ERROR", new RuntimeException("wiring")));
        reader.listener.logged(entry(LogLevel.INFO, "bundle started", null));
        log.deactivate();
        assertEquals(null, reader.listener, "the listener is removed");
        List<String> lines = log.recent();
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" ERROR   org.example.bundle: FrameworkEvent ERROR")), lines.toString());
        assertTrue(lines.contains("java.lang.RuntimeException: wiring"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("bundle started")), lines.toString());
    }

    @Test
    void theFileRotatesIntoFiveBoundedParts() throws Exception {
        ApplicationLogService log = new ApplicationLogService(() -> home, null);
        try {
            String big = "x".repeat(2000);
            for (int i = 0; i < 4000; i++) { // about 8 MB: more than five parts hold
                LOG.log(System.Logger.Level.WARNING, "line {0} {1}", String.valueOf(i), big);
            }
        } finally {
            log.deactivate();
        }
        Path logs = home.resolve("logs");
        long total = 0;
        for (int i = 1; i <= ApplicationLogService.OLDER_PARTS; i++) {
            Path part = logs.resolve("openjolo.log." + i);
            assertTrue(Files.exists(part), part.toString());
            assertTrue(Files.size(part) <= ApplicationLogService.ROTATE_BYTES + 3000, part + " " + Files.size(part));
            total += Files.size(part);
        }
        assertFalse(Files.exists(logs.resolve("openjolo.log." + (ApplicationLogService.OLDER_PARTS + 1))));
        total += Files.size(logs.resolve("openjolo.log"));
        assertTrue(total <= 5 * (ApplicationLogService.ROTATE_BYTES + 3000), "bounded: " + total);
        String newest = Files.readAllLines(logs.resolve("openjolo.log")).getLast();
        assertTrue(newest.contains("line 3999 "), "the newest line is in the current file");
        Path export = home.resolve("report.log");
        log.export(export);
        List<String> exported = Files.readAllLines(export);
        assertTrue(exported.getLast().contains("line 3999 "));
        int first = Integer.parseInt(exported.get(0).replaceAll(".*: line (\\d+) .*", "$1"));
        for (int i = 0; i < exported.size(); i++) {
            assertTrue(exported.get(i).contains(": line " + (first + i) + " "), "in order, none twice, none missing at " + i);
        }
    }

    @Test
    void aLogFolderThatCannotBeWrittenLeavesTheLogInMemory() throws Exception {
        Files.writeString(home.resolve("logs"), "a file where the folder should be");
        ApplicationLogService log = new ApplicationLogService(() -> home, null);
        try {
            LOG.log(System.Logger.Level.WARNING, "still seen");
        } finally {
            log.deactivate();
        }
        assertTrue(log.recent().get(0).contains("cannot be written"), log.recent().toString());
        assertTrue(log.recent().getLast().endsWith("still seen"));
    }

    private static LogEntry entry(LogLevel level, String message, Throwable thrown) {
        return new LogEntry() {
            @Override
            public Bundle getBundle() {
                return null;
            }

            @SuppressWarnings("rawtypes")
            @Override
            public ServiceReference getServiceReference() {
                return null;
            }

            @Override
            @Deprecated
            public int getLevel() {
                return level.ordinal();
            }

            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public Throwable getException() {
                return thrown;
            }

            @Override
            public long getTime() {
                return System.currentTimeMillis();
            }

            @Override
            public LogLevel getLogLevel() {
                return level;
            }

            @Override
            public String getLoggerName() {
                return "org.example.bundle";
            }

            @Override
            public long getSequence() {
                return 1;
            }

            @Override
            public String getThreadInfo() {
                return "main";
            }

            @Override
            public StackTraceElement getLocation() {
                return null;
            }
        };
    }

    /** Hands the log's listener to the test. */
    private static final class FakeReader implements LogReaderService {
        LogListener listener;

        @Override
        public void addLogListener(LogListener l) {
            listener = l;
        }

        @Override
        public void removeLogListener(LogListener l) {
            if (listener == l) {
                listener = null;
            }
        }

        @SuppressWarnings("rawtypes")
        @Override
        public Enumeration getLog() {
            return Collections.emptyEnumeration();
        }
    }
}
