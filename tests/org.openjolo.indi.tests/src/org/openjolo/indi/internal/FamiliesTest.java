package org.openjolo.indi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.indi.IndiServer;
import org.openjolo.indi.IndiSettings;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/**
 * Every family's simulator served over INDI: the device under its model's name, as the makers' drivers name it,
 * with the interface bits of what it has, its focuser's position, and a move by indi_setprop that arrives.
 */
class FamiliesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({ "astrolink4mini, AstroLink 4 mini, 295048", "astrolink4max, AstroLink 4 MAX, 295048", "astrolink4micro, AstroLink 4 micro, 295048",
            "focuserlink, FocuserLink, 136" })
    void eachFamilyIsServedUnderItsModelsName(String family, String name, int interfaces) throws Exception {
        IndiServer server = Services.await(IndiServer.class);
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        server.configure(new IndiSettings(true, false, "0.0.0.0", 0));
        int port = server.address().orElseThrow().getPort();
        try (SimulatedDevice sim = Services.await(Simulator.class).start(family, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("tty" + family)))) {
            Device device = registry.connect(family, sim.address()).get(15, TimeUnit.SECONDS);
            try {
                Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
                Await.until(name + " served", WAIT, () -> server.devices().contains(name), () -> server.devices().toString());
                Map<String, String> props = IndiTools.getprop(port, name + ".*.*");
                assertEquals(Integer.toString(interfaces), props.get(name + ".DRIVER_INFO.DRIVER_INTERFACE"), props.toString());
                Focuser f = device.capability(Focuser.class).orElseThrow();
                assertEquals(Integer.toString(f.position()), props.get(name + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION"));
                int target = f.position() + 250;
                IndiTools.Run set = IndiTools.setprop(port, name + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=" + target);
                assertEquals(0, set.exit(), "indi_setprop: " + set.out() + set.err());
                Await.until("the move to " + target, Duration.ofSeconds(60), () -> f.position() == target && !f.isMoving(),
                        () -> f.position() + ", indi_setprop said: " + set.out() + set.err() + ", the wire: " + sim.faults().received());
                assertTrue(IndiTools.evalWait(port, 20, "\"" + name + ".ABS_FOCUS_POSITION._STATE\"==1").exit() == 0, "Ok once arrived");
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
                Await.until(name + " gone", WAIT, () -> !server.devices().contains(name), () -> server.devices().toString());
            }
        }
        server.configure(IndiSettings.DEFAULT.withPort(0));
    }
}
