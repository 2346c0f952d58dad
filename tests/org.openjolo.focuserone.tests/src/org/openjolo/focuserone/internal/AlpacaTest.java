package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.core.Device;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.HostOptions;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.SimulatedConnection;

import com.google.gson.JsonObject;

/** The Alpaca server serves the FocuserOne as a Focuser and its sensor as ObservingConditions, over real HTTP. */
class AlpacaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** The Alpaca path of the connected device's member of {@code type}. */
    private static String path(AlpacaServer server, Device device, String type) {
        int number = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals(type))
                .map(ServedDevice::number).findFirst().orElseThrow(() -> new AssertionError("no Alpaca " + type));
        return "/api/v1/" + type + "/" + number + "/";
    }

    @Test
    void theFocuserMovesHaltsAndStopsAtTheEndOfItsTravelAndTheSensorIsAnObservingConditions() throws Exception {
        AlpacaServer server = Services.await(AlpacaServer.class);
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, 0));
        try (SimulatedConnection c = SimulatedConnection.start(FocuserOne.FAMILY_ID, HostOptions.unpaced().withLink(dir.resolve("ttyFocuserOne")))) {
            AlpacaClient alpaca = new AlpacaClient(server.address().orElseThrow().getPort(), 7);
            VirtualFocuserOne virtual = (VirtualFocuserOne) c.simulated().device();
            Await.until("first telemetry", WAIT, () -> c.device().latestTelemetry().isPresent());
            String focuser = path(server, c.device(), "focuser");
            assertEquals(0, alpaca.put(focuser + "connected", "Connected=True"));
            assertEquals(50000, alpaca.value(focuser + "maxstep", "").getAsInt());
            assertEquals(5.0, alpaca.value(focuser + "stepsize", "").getAsDouble());
            assertEquals(0, alpaca.put(focuser + "move", "Position=25100"));
            Await.until("at 25100 through Alpaca", WAIT, () -> alpaca.value(focuser + "position", "").getAsInt() == 25100 && virtual.position() == 25100);
            assertEquals(0, alpaca.put(focuser + "move", "Position=40000"));
            Await.until("under way", WAIT, () -> virtual.position() > 25150);
            assertEquals(0, alpaca.put(focuser + "halt", ""));
            Await.until("halted, also for Alpaca", WAIT, () -> !virtual.moving() && !alpaca.value(focuser + "ismoving", "").getAsBoolean());
            assertTrue(virtual.position() < 40000, "stopped at " + virtual.position());
            // ASCOM's Focuser: beyond MaxStep the move stops at the end, without an error
            JsonObject beyond = alpaca.call("PUT", focuser + "move", "Position=50001");
            assertEquals(0, beyond.get("ErrorNumber").getAsInt(), beyond.toString());
            assertEquals(0, alpaca.put(focuser + "halt", ""));
            List<String> wire = c.simulated().faults().received();
            assertTrue(wire.containsAll(List.of("R:0:25100", "R:0:40000", "H", "R:0:50000")), wire.toString());
            assertTrue(wire.stream().noneMatch(r -> r.equals("R:0:50001")), "never beyond the travel on the wire");

            virtual.setAmbientTemperature(4.5);
            String conditions = path(server, c.device(), "observingconditions");
            Await.until("4.5 °C over Alpaca", WAIT, () -> alpaca.value(conditions + "temperature", "").getAsDouble() == 4.5);
            assertEquals(4.5, alpaca.value(focuser + "temperature", "").getAsDouble());
        } finally {
            server.configure(AlpacaSettings.DEFAULT.withPort(0));
        }
    }
}
