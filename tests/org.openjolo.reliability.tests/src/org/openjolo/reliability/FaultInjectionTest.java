package org.openjolo.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.charts.ChartSettings;
import org.openjolo.core.ApplicationLog;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/**
 * The faults a USB cable, a flaky hub and a rebooting device produce, injected through the simulator's hooks on a
 * real pseudo-terminal at the AstroLink 4 USB's 38 400 baud. After each: the device was LOST and came back by itself,
 * its position and settings were read back from the device, no exception escaped a worker or a driver (nothing
 * at error level in the application log), and the CSV log holds every row once, in order.
 */
class FaultInjectionTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final ChartRecorder recorder = Services.await(ChartRecorder.class);
    private final ApplicationLog log = Services.await(ApplicationLog.class);
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final List<String> reasons = new CopyOnWriteArrayList<>();
    private final List<Telemetry> telemetry = new CopyOnWriteArrayList<>();
    private SimulatedDevice sim;
    private Device device;
    private Focuser focuser;
    private int logLinesBefore;

    @BeforeEach
    void connect() throws Exception {
        recorder.setSettings(new ChartSettings(Duration.ofSeconds(1), Duration.ofHours(1), true));
        sim = Services.await(Simulator.class).start("astrolink4", HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyOJ-A")));
        device = registry.connect("astrolink4", sim.address()).get(15, TimeUnit.SECONDS);
        device.addListener(new DeviceListener() {
            @Override
            public void telemetry(Device d, Telemetry t) {
                telemetry.add(t);
            }

            @Override
            public void stateChanged(Device d, ConnectionState state, String reason) {
                states.add(state);
                reasons.add(state + ": " + reason);
            }
        });
        focuser = device.capability(Focuser.class).orElseThrow();
        focuser.applySettings(focuser.settings().withSpeed(2000).withAcceleration(4000)).get(10, TimeUnit.SECONDS);
        logLinesBefore = log.recent().size();
        Await.until("CSV rows before the fault", LONG, () -> csvRows().size() >= 3);
    }

    @AfterEach
    void disconnect() throws Exception {
        System.clearProperty("openjolo.serial.ports");
        try {
            if (device != null) {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        } finally {
            sim.close();
            recorder.setSettings(ChartSettings.DEFAULTS);
        }
    }

    @Test
    void cablePulledMidMoveAndPluggedBackIntoTheSamePort() throws Exception {
        List<String> before = csvRows();
        focuser.moveTo(20_000).get(10, TimeUnit.SECONDS);
        Await.until("moving past 11000", LONG, () -> reported() > 11_000);
        sim.faults().dropLink();
        awaitLost();
        sim.faults().restoreLink();
        awaitBack();
        // the device kept moving while unplugged: the position comes from the device, not from before the loss
        Await.until("20000 read back", LONG, () -> reported() == 20_000 && !moving(), this::lastTelemetry);
        assertHealthy(before);
    }

    @Test
    void cablePluggedIntoAnotherPortIsFoundThereUnderItsOldName() throws Exception {
        System.setProperty("openjolo.serial.ports", dir.resolve("ttyOJ-*").toString());
        List<String> before = csvRows();
        focuser.moveTo(12_000).get(10, TimeUnit.SECONDS);
        sim.faults().dropLink();
        awaitLost();
        Path other = dir.resolve("ttyOJ-B");
        sim.faults().restoreLinkAs(other);
        awaitBack();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("CONNECTED: Found again") && r.contains("on " + other + " (was " + dir.resolve("ttyOJ-A"))),
                reasons.toString());
        assertEquals(dir.resolve("ttyOJ-A").toString(), device.identity().address().target(),
                "the device keeps its name, so its settings, charts and CSV file stay the same");
        Await.until("12000 read back", LONG, () -> reported() == 12_000 && !moving(), this::lastTelemetry);
        focuser.moveTo(9_000).get(10, TimeUnit.SECONDS);
        Await.until("a move on the new port arrives", LONG, () -> reported() == 9_000 && !moving(), this::lastTelemetry);
        assertTrue(sim.faults().received().contains("R:0:9000"));
        assertHealthy(before);
    }

    @Test
    void deviceResetMidSessionIsReadBackAsTheDeviceNowIs() throws Exception {
        PowerSwitches outputs = device.capability(PowerSwitches.class).orElseThrow();
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        outputs.setPowerOnState(0, false).get(10, TimeUnit.SECONDS);
        outputs.set(0, true).get(10, TimeUnit.SECONDS);
        pwm.setDuty(0, 40).get(10, TimeUnit.SECONDS);
        Await.until("output on, PWM 40 %", LONG, () -> value(StandardTelemetry.output(0)) == Boolean.TRUE && Integer.valueOf(40).equals(value(StandardTelemetry.pwm(0))));
        int speedBefore = focuser.settings().speed();
        List<String> before = csvRows();

        // the board reboots: its USB port goes away while it boots and comes back in its power-on state
        sim.faults().dropLink();
        sim.device().powerCycle();
        awaitLost();
        Thread.sleep(1500);
        sim.faults().restoreLink();
        awaitBack();
        Await.until("the power-on state read back", LONG,
                () -> value(StandardTelemetry.output(0)) == Boolean.FALSE && Integer.valueOf(0).equals(value(StandardTelemetry.pwm(0))), this::lastTelemetry);
        assertEquals(speedBefore, focuser.settings().speed(), "the settings the firmware keeps are read back");
        assertEquals(10_000, reported(), "the position the firmware keeps");
        assertHealthy(before);
    }

    @Test
    void repliesDelayedPastTheTimeout() throws Exception {
        List<String> before = csvRows();
        // far enough past the 3 s timeout that three requests in a row go unanswered: a reply only a little
        // late lands in the next request's wait and is taken (one poll stale), which keeps the device connected
        sim.faults().delayReplies(Duration.ofSeconds(10));
        awaitLost();
        sim.faults().delayReplies(Duration.ZERO);
        awaitBack();
        assertHealthy(before);
    }

    @Test
    void truncatedReplies() {
        lostAndBackThrough(sim.faults()::truncateNext);
    }

    @Test
    void corruptedReplies() {
        lostAndBackThrough(sim.faults()::corruptNext);
    }

    @Test
    void randomBytesOnTheLine() {
        lostAndBackThrough(sim.faults()::noiseNext);
    }

    /** Applies a fault to every reply until the device is lost, then clears it. */
    private void lostAndBackThrough(java.util.function.IntConsumer faultOnNextReplies) {
        List<String> before = csvRows();
        faultOnNextReplies.accept(Integer.MAX_VALUE);
        awaitLost();
        faultOnNextReplies.accept(0);
        awaitBack();
        assertHealthy(before);
    }

    private void awaitLost() {
        Await.until("LOST", LONG, () -> states.contains(ConnectionState.LOST), reasons::toString);
    }

    private void awaitBack() {
        Await.until("CONNECTED again", LONG,
                () -> states.lastIndexOf(ConnectionState.CONNECTED) > states.indexOf(ConnectionState.LOST) && device.state() == ConnectionState.CONNECTED,
                reasons::toString);
    }

    /** What every fault must leave behind. */
    private void assertHealthy(List<String> rowsBefore) {
        int seen = telemetry.size();
        Await.until("polling on", LONG, () -> telemetry.size() >= seen + 4);
        Await.until("new CSV rows", LONG, () -> csvRows().size() >= rowsBefore.size() + 3);
        List<String> rows = csvRows();
        assertEquals(rowsBefore, rows.subList(0, rowsBefore.size()), "the rows written before the fault are all still there");
        for (int i = 1; i < rows.size(); i++) {
            String previous = rows.get(i - 1).substring(0, 19);
            String now = rows.get(i).substring(0, 19);
            assertTrue(now.compareTo(previous) > 0, "rows in time order, none twice: " + previous + " then " + now);
        }
        List<String> newLogLines = log.recent().subList(Math.min(logLinesBefore, log.recent().size()), log.recent().size());
        assertTrue(newLogLines.stream().noneMatch(l -> l.contains(" SEVERE ") || l.contains(" ERROR ")),
                "nothing escaped a worker or a driver: " + String.join("\n", newLogLines));
        assertTrue(newLogLines.stream().anyMatch(l -> l.contains(" WARNING ") && l.contains("LOST")), "the loss is in the application log");
        assertEquals(ConnectionState.CONNECTED, device.state());
    }

    /** The rows of the device's CSV file tonight, without the header. */
    private List<String> csvRows() {
        String name = AtomicFiles.safeName(device.identity().key());
        try (Stream<Path> files = Files.list(recorder.logFolder())) {
            List<Path> csv = files.filter(p -> p.getFileName().toString().endsWith("_" + name + ".csv")).sorted().toList();
            if (csv.isEmpty()) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(csv.getLast(), StandardCharsets.UTF_8);
            // a file just created may not have its header yet
            return lines.isEmpty() ? List.of() : lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T value(org.openjolo.core.TelemetryKey<T> key) {
        return device.latestTelemetry().flatMap(t -> t.get(key)).orElse(null);
    }

    private int reported() {
        Integer p = value(StandardTelemetry.FOCUSER_POSITION);
        return p == null ? -1 : p;
    }

    private boolean moving() {
        return value(StandardTelemetry.FOCUSER_MOVING) != Boolean.FALSE;
    }

    private String lastTelemetry() {
        return device.latestTelemetry().map(Object::toString).orElse("none");
    }
}
