package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** The mini over a pseudo-terminal paced at 115200 baud: focuser, an output and the DC focuser end to end. */
class MiniPtyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void stepperOutputAndDcFocuserWorkOverASerialLine() throws Exception {
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        VirtualGen1Device virtual = new VirtualGen1Device(System::nanoTime, AstroLink4MiniFamily.DEVICE);
        try (SimulatedDevice sim = Hosts.host(virtual, HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyMini")))) {
            Device device = registry.connect(AstroLink4Mini.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
            try {
                Focuser f = device.capability(Focuser.class).orElseThrow();
                f.moveTo(10800).get(10, TimeUnit.SECONDS);
                Await.until("arrived", WAIT, () -> !f.isMoving() && f.position() == 10800, () -> "at " + f.position());
                device.capability(PowerSwitches.class).orElseThrow().set(1, true).get(10, TimeUnit.SECONDS);
                assertTrue(virtual.output(1));
                device.capability(DcFocuser.class).orElseThrow().run(false, 60, 300).get(10, TimeUnit.SECONDS);
                assertTrue(sim.faults().received().contains("G:0:60:300"), sim.faults().received().toString());
                assertTrue(sim.faults().received().contains("C:1:1"));
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        }
    }
}
