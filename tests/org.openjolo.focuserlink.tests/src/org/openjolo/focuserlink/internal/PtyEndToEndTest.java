package org.openjolo.focuserlink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.focuserlink.internal.sim.VirtualFocuserLink;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.Recording;
import org.openjolo.testing.Services;

/** The whole path a FocuserLink takes: registry, I/O worker, jSerialComm on a pseudo-terminal paced at 38400 baud. */
class PtyEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualFocuserLink virtual = new VirtualFocuserLink(System::nanoTime);
    private SimulatedDevice sim;
    private Device device;

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void aMoveIsSeenInTelemetryAndArrivesAndALostLinkComesBack() throws Exception {
        sim = Hosts.host(virtual, HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyFocuserLink")));
        device = registry.connect(FocuserLink.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        Recording recording = Recording.of(device);
        Focuser f = device.capability(Focuser.class).orElseThrow();
        virtual.setSpeed(1500);
        // one output-shaft revolution out
        int target = f.position() + FocuserLink.STEPS_PER_REVOLUTION;
        f.moveTo(target).get(10, TimeUnit.SECONDS);
        assertTrue(f.isMoving(), "moving from the acknowledgement on");
        Await.until("arrived", WAIT, () -> !f.isMoving() && f.position() == target, () -> "at " + f.position());
        assertTrue(recording.positions().stream().anyMatch(p -> p > target - FocuserLink.STEPS_PER_REVOLUTION && p < target),
                "intermediate positions polled: " + recording.positions());
        assertTrue(sim.faults().received().contains("R:0:" + target));

        sim.faults().dropLink();
        Await.until("lost", WAIT, () -> recording.states().contains(ConnectionState.LOST));
        sim.faults().restoreLink();
        Await.until("reconnected", WAIT, () -> device.state() == ConnectionState.CONNECTED && recording.states().contains(ConnectionState.RECONNECTING));
        assertEquals(target, virtual.position(), "the position is the device's, kept across the link loss");
    }
}
