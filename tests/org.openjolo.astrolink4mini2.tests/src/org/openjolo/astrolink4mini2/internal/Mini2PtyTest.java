package org.openjolo.astrolink4mini2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Await;
import org.openjolo.testing.DetectCheck;
import org.openjolo.testing.Services;

/** The mini II over pseudo-terminals: told apart from the first mini and the USB, and driven at 38400 baud. */
class Mini2PtyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);

    @Test
    void detectTellsTheMiniTwoFromTheFirstMiniAndTheUsbThatAnswerTheSameIdentify() throws Exception {
        DetectCheck.eachFoundOnceAsItsOwnFamily(dir, List.of(AstroLink4.FAMILY_ID, AstroLink4Mini.FAMILY_ID, AstroLink4Mini2.FAMILY_ID), sims -> {
            for (SimulatedDevice sim : sims) {
                assertEquals("#:AstroLink4mini", sim.device().handle("#"), "all three answer the identify request alike");
            }
        });
    }

    @Test
    void aFirstMiniConnectedAsAMiniTwoIsRefusedWithTheReason() throws Exception {
        VirtualDevice firstMini = registry.family(AstroLink4Mini.FAMILY_ID).orElseThrow().createVirtualDevice();
        try (SimulatedDevice sim = Hosts.host(firstMini, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyFirst")))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> registry.connect(AstroLink4Mini2.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("where an AstroLink 4 mini II sends its device code 'AL4MII'"), e.getCause().getMessage());
            assertTrue(sim.faults().received().stream().noneMatch(r -> r.startsWith("U") || r.startsWith("R")), "nothing written");
        }
    }

    @Test
    void bothFocusersOutputsAndPwmWorkOverASerialLineAt38400Baud() throws Exception {
        VirtualGen2Device virtual = new VirtualGen2Device(System::nanoTime, AstroLink4Mini2Family.DEVICE);
        assertEquals(38400, virtual.baudRate());
        try (SimulatedDevice sim = Hosts.host(virtual, HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyMini2")))) {
            Device device = registry.connect(AstroLink4Mini2.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
            try {
                assertEquals(List.of("#", "q", "u"), sim.faults().received().subList(0, 3));
                Focuser one = device.capability(Focuser.class, "focuser").orElseThrow();
                Focuser two = device.capability(Focuser.class, "focuser2").orElseThrow();
                two.moveTo(20600).get(10, TimeUnit.SECONDS);
                one.moveTo(5200).get(10, TimeUnit.SECONDS);
                Await.until("both arrived", WAIT, () -> !one.isMoving() && !two.isMoving() && one.position() == 5200 && two.position() == 20600,
                        () -> one.position() + " / " + two.position());
                assertEquals(5200, virtual.position(0));
                assertEquals(20600, virtual.position(1));
                two.moveTo(60000).get(10, TimeUnit.SECONDS);
                Await.until("focuser 2 under way", WAIT, () -> virtual.position(1) > 20800);
                two.abort().get(10, TimeUnit.SECONDS);
                Await.until("focuser 2 stopped", WAIT, () -> !virtual.moving(1));
                assertTrue(virtual.position(1) < 60000);
                assertEquals(5200, virtual.position(0), "focuser 1 untouched by focuser 2's stop");
                device.capability(PowerSwitches.class).orElseThrow().set(0, true).get(10, TimeUnit.SECONDS);
                device.capability(PwmOutputs.class).orElseThrow().setDuty(1, 25).get(10, TimeUnit.SECONDS);
                assertTrue(virtual.output(0));
                assertEquals(25, virtual.pwm(1));
                assertTrue(sim.faults().received().containsAll(List.of("R:1:20600", "R:0:5200", "H:1", "C:0:1", "B:1:25")), sim.faults().received().toString());
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theSimulatorServiceStartsAMiniTwoByItsFamilyId() throws Exception {
        try (SimulatedDevice sim = Services.await(Simulator.class).start(AstroLink4Mini2.FAMILY_ID, HostKind.PTY,
                HostOptions.unpaced().withLink(dir.resolve("ttySimulated")))) {
            assertEquals("simulated AstroLink 4 mini II", sim.device().description());
            Device device = registry.connect(AstroLink4Mini2.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
            try {
                assertEquals(AstroLink4Mini2.MODEL, device.identity().model());
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theVirtualMiniTwoTakesWhatTheMakersIndiDriverSends() {
        VirtualGen2Device virtual = new VirtualGen2Device(System::nanoTime, AstroLink4Mini2Family.DEVICE);
        // with no saved configuration the driver's focuser selection is index 1
        assertEquals("R:", virtual.handle("R:1:20010"));
        assertEquals("P:", virtual.handle("P:1:300"));
        assertEquals(300, virtual.position(1));
        assertEquals("H:", virtual.handle("H:1"));
        // the whole block with the trailing ':' the driver appends, speed and acceleration 5 × speed
        String u = virtual.handle("u");
        String written = "U" + u.substring(1).replace(":200:800:200:800:", ":100:800:500:800:") + ":";
        assertEquals("U:", virtual.handle(written));
        assertEquals(u.replace(":200:800:200:800:", ":100:800:500:800:"), virtual.handle("u"));
        // the PWM vector is sent element by element, both always
        assertEquals("B:", virtual.handle("B:0:35"));
        assertEquals("B:", virtual.handle("B:1:0"));
        assertEquals(35, virtual.pwm(0));
        assertEquals(0, virtual.pwm(1));
    }
}
