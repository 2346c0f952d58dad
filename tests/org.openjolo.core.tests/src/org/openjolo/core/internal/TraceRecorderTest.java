package org.openjolo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.DataLocation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.ProtocolTrace;
import org.openjolo.testing.Await;

class TraceRecorderTest {

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T21:30:05.250Z"), ZoneOffset.UTC);

    private DeviceProfile profile(String key) {
        return new FileDeviceProfiles(() -> home).of(key);
    }

    @Test
    void linesCarryTimeDirectionAndRoundTripAndOnlyARecordingGoesToTheFile() throws Exception {
        Path file = home.resolve("logs/trace/dev.log");
        TraceRecorder t = new TraceRecorder(file, profile("dev"), clock);
        t.request("p");
        t.reply("p:1200", 4_370);
        assertFalse(t.isRecording());
        assertFalse(Files.exists(file), "nothing is written before recording starts");
        assertEquals(List.of("2026-12-01 21:30:05.250  > p", "2026-12-01 21:30:05.250  < p:1200   (4.3 ms)"), t.recent());

        t.setRecording(true);
        t.request("q");
        t.failure("no reply within 1000 ms", 1_000_400);
        t.setRecording(false);
        t.request("not recorded");
        List<String> inFile = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(List.of("2026-12-01 21:30:05.250  # trace started", "2026-12-01 21:30:05.250  > q",
                "2026-12-01 21:30:05.250  ! no reply within 1000 ms   (after 1000 ms)",
                "2026-12-01 21:30:05.250  # trace stopped"), inFile);
    }

    @Test
    void memoryKeepsTheLastThousandLines() {
        TraceRecorder t = new TraceRecorder(home.resolve("t.log"), profile("dev"), clock);
        for (int i = 0; i < 1500; i++) {
            t.request("r" + i);
        }
        List<String> recent = t.recent();
        assertEquals(TraceRecorder.KEEP, recent.size());
        assertTrue(recent.get(0).endsWith("> r500"), recent.get(0));
        assertTrue(recent.get(999).endsWith("> r1499"), recent.get(999));
    }

    @Test
    void theFileRotatesAtFiveMegabytesIntoOneOlderPart() throws Exception {
        Path file = home.resolve("logs/trace/dev.log");
        TraceRecorder t = new TraceRecorder(file, profile("dev"), clock);
        t.setRecording(true);
        String reply = "x".repeat(1000);
        int lines = (int) (TraceRecorder.ROTATE_BYTES / 1000) + 200;
        for (int i = 0; i < lines; i++) {
            t.reply(reply, 1000);
        }
        Path older = file.resolveSibling("dev.log.1");
        assertTrue(Files.exists(older), "rotated part");
        assertTrue(Files.size(older) > TraceRecorder.ROTATE_BYTES && Files.size(older) < TraceRecorder.ROTATE_BYTES + 2000,
                "older part " + Files.size(older));
        assertTrue(Files.size(file) < 600_000, "the current file starts anew: " + Files.size(file));
        for (int i = 0; i < lines; i++) {
            t.reply(reply, 1000);
        }
        assertTrue(Files.size(file) + Files.size(older) < 2 * TraceRecorder.ROTATE_BYTES + 4000,
                "two parts at most: " + (Files.size(file) + Files.size(older)));
        t.close();
    }

    @Test
    void exportAppendsWhatMemoryHoldsBeyondTheFileAndMarksTheGap() throws Exception {
        Path file = home.resolve("logs/trace/dev.log");
        TraceRecorder t = new TraceRecorder(file, profile("dev"), clock);
        t.request("before");
        t.setRecording(true);
        t.request("recorded");
        t.setRecording(false);
        t.request("after");
        Path export = home.resolve("report/trace.txt");
        t.export(export);
        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).endsWith("> recorded"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).endsWith("> after"), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.endsWith("> recorded")).count(), "no line twice: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.endsWith("> before")), "before the file, not after it: " + lines);

        // a file from an older session ends before anything memory holds
        TraceRecorder next = new TraceRecorder(file, profile("dev"), clock);
        next.request("new session");
        next.export(export);
        List<String> again = Files.readAllLines(export, StandardCharsets.UTF_8);
        assertEquals("# ... (not in the file) ...", again.get(again.size() - 2));
        assertTrue(again.get(again.size() - 1).endsWith("> new session"));

        IOException e = assertThrows(IOException.class, () -> t.export(file.resolve("inside-a-file.txt")));
        assertTrue(Files.size(file) > 0, "a failed export leaves the trace: " + e);
    }

    @Test
    void recordingIsRememberedForTheNextConnection() throws Exception {
        Path file = home.resolve("logs/trace/dev.log");
        TraceRecorder t = new TraceRecorder(file, profile("dev"), clock);
        t.setRecording(true);
        t.close();
        TraceRecorder next = new TraceRecorder(file, profile("dev"), clock);
        next.resume();
        assertTrue(next.isRecording());
        next.setRecording(false);
        TraceRecorder third = new TraceRecorder(file, profile("dev"), clock);
        third.resume();
        assertFalse(third.isRecording());
    }

    @Test
    void aTraceFileThatCannotBeOpenedSaysWhyAndRecordingStaysOff() throws Exception {
        Files.writeString(home.resolve("logs"), "a file where the folder should be");
        TraceRecorder t = new TraceRecorder(home.resolve("logs/trace/dev.log"), profile("dev"), clock);
        assertThrows(IOException.class, () -> t.setRecording(true));
        assertFalse(t.isRecording());
        t.request("still traced in memory");
        assertEquals(1, t.recent().size());
    }

    @Test
    void theRegistryTracesEveryExchangeAndStateChangeOfAConnectedDevice() throws Exception {
        DataLocation location = () -> home;
        DeviceRegistryImpl registry = new DeviceRegistryImpl(null, location,
                new IoWorker.Backoff(Duration.ofMillis(20), Duration.ofMillis(80)));
        try {
            registry.addFamily(new FakeFamily());
            ScriptedTransport link = new ScriptedTransport("trace");
            Device d = registry.connect("fake", link).get(5, TimeUnit.SECONDS);
            ProtocolTrace trace = registry.trace(d).orElseThrow();
            trace.setRecording(true);
            Await.until("a poll in the trace", Duration.ofSeconds(5),
                    () -> trace.recent().stream().anyMatch(l -> l.contains("  < q:")), () -> trace.recent().toString());
            List<String> recent = trace.recent();
            assertTrue(recent.get(0).endsWith("  > #"), "the handshake comes first: " + recent);
            assertTrue(recent.stream().anyMatch(l -> l.contains("# CONNECTED")), recent.toString());
            link.broken = true;
            Await.until("the failure in the trace", Duration.ofSeconds(5),
                    () -> trace.recent().stream().anyMatch(l -> l.contains("  ! ")), () -> trace.recent().toString());
            link.broken = false;
            registry.disconnect(d).get(5, TimeUnit.SECONDS);
            assertFalse(trace.isRecording(), "the file is closed with the connection");
            List<String> file = Files.readAllLines(trace.file(), StandardCharsets.UTF_8);
            assertTrue(trace.file().startsWith(home.resolve("logs").resolve("trace")), trace.file().toString());
            assertTrue(file.stream().anyMatch(l -> l.contains("  ! ")), file.toString());
            assertTrue(file.get(file.size() - 1).contains("# CLOSED"), file.toString());
            assertTrue(registry.trace(d).isEmpty(), "a closed device has no trace any more");
        } finally {
            registry.deactivate();
        }
    }
}
