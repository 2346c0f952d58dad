package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.Recording;
import org.openjolo.testing.Services;

/**
 * The whole path a USB device takes: registry, I/O worker, jSerialComm on a pseudo-terminal, the simulator
 * answering at 38400 baud.
 */
class PtyEndToEndTest {

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualAstroLink4 virtual = new VirtualAstroLink4(System::nanoTime);
    private Recording recording;
    private SimulatedDevice sim;
    private Device device;
    private Focuser focuser;

    @BeforeEach
    void connect() throws Exception {
        sim = Hosts.host(virtual, HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyAstroLink4")));
        device = registry.connect(AstroLink4.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        recording = Recording.of(device);
        focuser = device.capability(Focuser.class).orElseThrow();
        // fast enough for a test, slow enough to watch it move at 2 Hz
        focuser.applySettings(focuser.settings().withSpeed(2000).withAcceleration(4000)).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
        if (sim != null) {
            sim.close();
        }
    }

    private int reported() {
        return device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.FOCUSER_POSITION)).orElse(-1);
    }

    private boolean idle() {
        return device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.FOCUSER_MOVING)).map(m -> !m).orElse(false);
    }

    @Test
    void movesTo3455WithIntermediatePositionsAndArrives() throws Exception {
        assertTrue(sim.address().target().endsWith("ttyAstroLink4"), "connected through the stable link");
        focuser.moveTo(3455).get(10, TimeUnit.SECONDS);
        Await.until("arrival at 3455", Duration.ofSeconds(20), () -> reported() == 3455 && idle(), () -> recording.positions().toString());
        long between = recording.positions().stream().filter(p -> p > 3455 && p < 10000).distinct().count();
        assertTrue(between >= 2, "intermediate positions seen while moving: " + recording.positions());
        assertTrue(sim.faults().received().contains("R:0:3455"), "the exact move request went over the wire");
        assertEquals(3455, virtual.position());
    }

    @Test
    void abortMidMoveStopsShort() throws Exception {
        focuser.moveTo(20000).get(10, TimeUnit.SECONDS);
        Await.until("moving past 11000", Duration.ofSeconds(10), () -> reported() > 11000);
        focuser.abort().get(10, TimeUnit.SECONDS);
        Await.until("stopped", Duration.ofSeconds(10), () -> idle() && !focuser.isMoving());
        int stoppedAt = reported();
        assertTrue(stoppedAt > 11000 && stoppedAt < 20000, "stopped at " + stoppedAt);
        assertTrue(sim.faults().received().contains("H"));
        assertEquals(stoppedAt, virtual.position());
    }

    @Test
    void aMoveBeyondMaxIsRefusedBeforeAnythingIsWritten() throws Exception {
        sim.faults().clearReceived();
        ExecutionException e = assertThrows(ExecutionException.class, () -> focuser.moveTo(25001).get(10, TimeUnit.SECONDS));
        DeviceException cause = assertInstanceOf(DeviceException.class, e.getCause());
        assertEquals(Reason.INVALID_VALUE, cause.reason());
        assertEquals("Target position 25001 is outside the focuser's range 0 to 25000 (maximum position)", cause.getMessage());
        assertThrows(ExecutionException.class, () -> focuser.moveBy(-10001).get(10, TimeUnit.SECONDS));
        int polls = recording.positions().size();
        Await.until("two more polls", Duration.ofSeconds(5), () -> recording.positions().size() >= polls + 2);
        assertTrue(sim.faults().received().stream().allMatch("q"::equals), "only polls on the wire: " + sim.faults().received());
        assertEquals(10000, virtual.position());
    }

    @Test
    void syncChangesTheReportedPosition() throws Exception {
        focuser.sync(12345).get(10, TimeUnit.SECONDS);
        Await.until("position 12345 reported", Duration.ofSeconds(5), () -> reported() == 12345);
        assertEquals(12345, virtual.position());
        assertTrue(sim.faults().received().contains("P:0:12345"));
    }

    @Test
    void linkDropMidMoveMakesTheDeviceLostAndItReconnectsByItself() throws Exception {
        focuser.moveTo(20000).get(10, TimeUnit.SECONDS);
        Await.until("moving past 11000", Duration.ofSeconds(10), () -> reported() > 11000);
        sim.faults().dropLink();
        Await.until("LOST", Duration.ofSeconds(15), () -> recording.states().contains(ConnectionState.LOST), () -> recording.states().toString());
        assertTrue(!dir.resolve("ttyAstroLink4").toFile().exists(), "the port vanished like an unplugged USB device");
        sim.faults().restoreLink();
        Await.until("CONNECTED again", Duration.ofSeconds(30), () -> device.state() == ConnectionState.CONNECTED, () -> recording.states().toString());
        // the device kept moving while unplugged; after the reconnect its real position is read back
        Await.until("position read back", Duration.ofSeconds(15), () -> idle() && reported() == 20000, () -> recording.positions().toString());
        assertEquals(20000, virtual.position());
        assertTrue(recording.states().indexOf(ConnectionState.LOST) < recording.states().lastIndexOf(ConnectionState.CONNECTED), recording.states().toString());
    }
}
