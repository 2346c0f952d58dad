package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.core.Device;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.AlpacaHttp;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.SimulatedConnection;

import com.google.gson.JsonObject;

/** The Alpaca server serves the FocuserOne as a Focuser and its sensor as ObservingConditions, over real HTTP. */
class AlpacaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final AlpacaServer server = Services.await(AlpacaServer.class);
    private AlpacaHttp alpaca;
    private SimulatedConnection connection;
    private SimulatedDevice sim;
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, 0));
        alpaca = new AlpacaHttp(server.address().orElseThrow().getPort());
        connection = SimulatedConnection.start(FocuserOne.FAMILY_ID, HostOptions.unpaced().withLink(dir.resolve("ttyFocuserOne")));
        sim = connection.simulated();
        device = connection.device();
        Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
    }

    @AfterEach
    void disconnect() throws Exception {
        if (connection != null) {
            connection.close();
        }
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
    }

    private int number(String type) {
        return server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals(type))
                .map(ServedDevice::number).findFirst().orElseThrow(() -> new AssertionError("no Alpaca " + type));
    }

    @Test
    void theFocuserMovesHaltsAndRefusesBeyondItsTravelAndTheSensorIsAnObservingConditions() throws Exception {
        VirtualFocuserOne virtual = (VirtualFocuserOne) sim.device();
        String focuser = "/api/v1/focuser/" + number("focuser") + "/";
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
        JsonObject beyond = alpaca.call("PUT", focuser + "move", "Position=50001");
        assertEquals(0x401, beyond.get("ErrorNumber").getAsInt(), beyond.toString());
        assertTrue(sim.faults().received().containsAll(List.of("R:0:25100", "R:0:40000", "H")), sim.faults().received().toString());
        assertTrue(sim.faults().received().stream().noneMatch(r -> r.equals("R:0:50001")), "refused before the wire");

        virtual.setAmbientTemperature(4.5);
        String conditions = "/api/v1/observingconditions/" + number("observingconditions") + "/";
        Await.until("4.5 °C over Alpaca", WAIT, () -> alpaca.value(conditions + "temperature", "").getAsDouble() == 4.5);
        assertEquals(4.5, alpaca.value(focuser + "temperature", "").getAsDouble());
    }
}
