package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The Alpaca server serves the FocuserOne as a Focuser and its sensor as ObservingConditions, over real HTTP. */
class AlpacaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final AlpacaServer server = Services.await(AlpacaServer.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private SimulatedDevice sim;
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, 0));
        sim = Services.await(Simulator.class).start(FocuserOne.FAMILY_ID, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyFocuserOne")));
        device = registry.connect(FocuserOne.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
        Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
        if (sim != null) {
            sim.close();
        }
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
    }

    /** A GET with {@code params} in the query, or a PUT with them as the form. */
    private JsonObject call(String method, String path, String params) throws Exception {
        String query = "ClientID=7" + (params.isEmpty() ? "" : "&" + params);
        URI uri = URI.create("http://127.0.0.1:" + server.address().orElseThrow().getPort() + path + (method.equals("GET") ? "?" + query : ""));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        b = method.equals("GET") ? b.GET() : b.header("Content-Type", "application/x-www-form-urlencoded").PUT(HttpRequest.BodyPublishers.ofString(query));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private int number(String type) {
        return server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals(type))
                .map(ServedDevice::number).findFirst().orElseThrow(() -> new AssertionError("no Alpaca " + type));
    }

    private int position(int focuser) {
        try {
            return call("GET", "/api/v1/focuser/" + focuser + "/position", "").get("Value").getAsInt();
        } catch (Exception e) {
            throw new AssertionError("Position of Alpaca focuser " + focuser + " could not be read", e);
        }
    }

    @Test
    void theFocuserMovesHaltsAndRefusesBeyondItsTravelAndTheSensorIsAnObservingConditions() throws Exception {
        VirtualFocuserOne virtual = (VirtualFocuserOne) sim.device();
        int focuser = number("focuser");
        assertEquals(0, call("PUT", "/api/v1/focuser/" + focuser + "/connected", "Connected=True").get("ErrorNumber").getAsInt());
        assertEquals(50000, call("GET", "/api/v1/focuser/" + focuser + "/maxstep", "").get("Value").getAsInt());
        assertEquals(5.0, call("GET", "/api/v1/focuser/" + focuser + "/stepsize", "").get("Value").getAsDouble());
        assertEquals(0, call("PUT", "/api/v1/focuser/" + focuser + "/move", "Position=25100").get("ErrorNumber").getAsInt());
        Await.until("at 25100 through Alpaca", WAIT, () -> position(focuser) == 25100 && virtual.position() == 25100);
        assertEquals(0, call("PUT", "/api/v1/focuser/" + focuser + "/move", "Position=40000").get("ErrorNumber").getAsInt());
        Await.until("under way", WAIT, () -> virtual.position() > 25150);
        assertEquals(0, call("PUT", "/api/v1/focuser/" + focuser + "/halt", "").get("ErrorNumber").getAsInt());
        Await.until("halted, also for Alpaca", WAIT, () -> !virtual.moving() && !moving(focuser));
        assertTrue(virtual.position() < 40000, "stopped at " + virtual.position());
        JsonObject beyond = call("PUT", "/api/v1/focuser/" + focuser + "/move", "Position=50001");
        assertEquals(0x401, beyond.get("ErrorNumber").getAsInt(), beyond.toString());
        assertTrue(sim.faults().received().containsAll(List.of("R:0:25100", "R:0:40000", "H")), sim.faults().received().toString());
        assertTrue(sim.faults().received().stream().noneMatch(r -> r.equals("R:0:50001")), "refused before the wire");

        virtual.setAmbientTemperature(4.5);
        int conditions = number("observingconditions");
        Await.until("4.5 °C over Alpaca", WAIT, () -> temperature(conditions) == 4.5);
        assertEquals(4.5, call("GET", "/api/v1/focuser/" + focuser + "/temperature", "").get("Value").getAsDouble());
    }

    private boolean moving(int focuser) {
        try {
            return call("GET", "/api/v1/focuser/" + focuser + "/ismoving", "").get("Value").getAsBoolean();
        } catch (Exception e) {
            throw new AssertionError("IsMoving could not be read", e);
        }
    }

    private double temperature(int conditions) {
        try {
            return call("GET", "/api/v1/observingconditions/" + conditions + "/temperature", "").get("Value").getAsDouble();
        } catch (Exception e) {
            throw new AssertionError("Temperature could not be read", e);
        }
    }
}
