package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.DetectCheck;
import org.openjolo.testing.Recording;
import org.openjolo.testing.SimulatedConnection;

/** The FocuserOne over pseudo-terminals: found by Detect among its look-alikes, and driven at 38400 baud through a lost link. */
class PtyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void detectTellsBothFocuserOnesApartAndFromTheFocuserLinkAndTheMini() throws Exception {
        DetectCheck.eachFoundOnceAsItsOwnFamily(dir, List.of(FocuserOne.FAMILY_ID, FocuserOne.FAMILY_ID_V1, FocuserLink.FAMILY_ID,
                AstroLink4Mini.FAMILY_ID), sims -> {
                    // both FocuserOnes answer alike: the status line told them apart
                    assertEquals(sims.get(0).device().handle("#"), sims.get(1).device().handle("#"));
                });
    }

    @Test
    void aMoveAt38400BaudIsSeenInTelemetryAndALostLinkComesBackWithThePosition() throws Exception {
        VirtualFocuserOne virtual = VirtualFocuserOne.v2(System::nanoTime);
        assertEquals(38400, virtual.baudRate());
        try (SimulatedConnection c = SimulatedConnection.host(virtual, HostOptions.defaults().withLink(dir.resolve("ttyFocuserOne")))) {
            Device device = c.device();
            SimulatedDevice sim = c.simulated();
            Recording recording = Recording.of(device);
            Focuser f = device.capability(Focuser.class).orElseThrow();
            f.applySettings(f.settings().withSpeed(1000)).get(10, TimeUnit.SECONDS);
            f.moveTo(26500).get(10, TimeUnit.SECONDS);
            Await.until("arrived", WAIT, () -> !f.isMoving() && f.position() == 26500, () -> "at " + f.position());
            assertTrue(recording.positions().stream().anyMatch(p -> p > 25000 && p < 26500), "intermediate positions polled: " + recording.positions());
            assertTrue(sim.faults().received().containsAll(List.of("#", "q", "u", "j", "U:400:3:1000:0:50000:0:500:0:30:10:0:255:20:30:1:0:0:0:0:",
                    "R:0:26500")), sim.faults().received().toString());

            sim.faults().dropLink();
            Await.until("lost", WAIT, () -> recording.states().contains(ConnectionState.LOST));
            virtual.handle("P:26000");
            sim.faults().restoreLink();
            Await.until("reconnected", WAIT, () -> device.state() == ConnectionState.CONNECTED && recording.states().contains(ConnectionState.RECONNECTING));
            Await.until("the device's position read back", WAIT, () -> f.position() == 26000);
            assertEquals(1000, f.settings().speed(), "settings read back");
        }
    }

    @Test
    void theSimulatorServiceStartsEitherFocuserOneByItsFamilyId() throws Exception {
        for (String[] family : new String[][] { { FocuserOne.FAMILY_ID, FocuserOne.MODEL }, { FocuserOne.FAMILY_ID_V1, FocuserOne.MODEL_V1 } }) {
            try (SimulatedConnection c = SimulatedConnection.start(family[0], HostOptions.unpaced().withLink(dir.resolve("tty-" + family[0])))) {
                assertEquals("simulated " + family[1], c.simulated().device().description());
                assertEquals(family[1], c.device().identity().model());
            }
        }
    }
}
