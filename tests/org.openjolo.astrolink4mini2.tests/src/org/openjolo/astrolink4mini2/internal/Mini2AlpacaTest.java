package org.openjolo.astrolink4mini2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.SimulatedConnection;

import com.google.gson.JsonObject;

/** The Alpaca server serves the mini II's two focusers and its switches, the regulated output among them, over real HTTP. */
class Mini2AlpacaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final AlpacaServer server = Services.await(AlpacaServer.class);
    private AlpacaClient alpaca;
    private SimulatedConnection connection;
    private SimulatedDevice sim;
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, 0));
        alpaca = new AlpacaClient(server.address().orElseThrow().getPort(), 7);
        connection = SimulatedConnection.start(AstroLink4Mini2.FAMILY_ID, HostOptions.unpaced().withLink(dir.resolve("ttyMini2")));
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

    private JsonObject call(String method, String path, String params) {
        return alpaca.call(method, path, params);
    }

    private int position(int number) {
        return alpaca.value("/api/v1/focuser/" + number + "/position", "").getAsInt();
    }

    private static void ok(JsonObject reply) {
        assertEquals(0, reply.get("ErrorNumber").getAsInt(), reply.toString());
    }

    @Test
    void twoFocusersEachMoveByTheirOwnIndexOverHttp() throws Exception {
        List<ServedDevice> mine = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key())).toList();
        Map<String, Long> types = mine.stream().collect(Collectors.groupingBy(ServedDevice::deviceType, Collectors.counting()));
        assertEquals(2L, types.get("focuser"), types.toString());
        assertEquals(1L, types.get("switch"));
        assertEquals(1L, types.get("observingconditions"));
        ServedDevice first = mine.stream().filter(s -> s.deviceType().equals("focuser") && s.instance().isEmpty()).findFirst().orElseThrow();
        ServedDevice second = mine.stream().filter(s -> s.instance().equals("focuser2")).findFirst().orElseThrow();
        assertTrue(second.name().endsWith("Focuser 2"), second.name());
        assertFalse(first.uniqueId().equals(second.uniqueId()));

        VirtualGen2Device virtual = (VirtualGen2Device) sim.device();
        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/connected", "Connected=True"));
        assertEquals(80000, call("GET", "/api/v1/focuser/" + second.number() + "/maxstep", "").get("Value").getAsInt());
        assertEquals(10000, call("GET", "/api/v1/focuser/" + first.number() + "/maxstep", "").get("Value").getAsInt());
        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/move", "Position=20700"));
        Focuser two = device.capability(Focuser.class, "focuser2").orElseThrow();
        Await.until("focuser 2 at 20700 through Alpaca", WAIT, () -> position(second.number()) == 20700 && !two.isMoving(), () -> "at " + two.position());
        assertEquals(5000, position(first.number()), "focuser 1 stayed");
        ok(call("PUT", "/api/v1/focuser/" + first.number() + "/move", "Position=5100"));
        Await.until("focuser 1 at 5100", WAIT, () -> virtual.position(0) == 5100 && position(first.number()) == 5100);
        assertEquals(20700, virtual.position(1));
        assertTrue(sim.faults().received().containsAll(List.of("R:1:20700", "R:0:5100")), sim.faults().received().toString());
        ok(call("PUT", "/api/v1/focuser/" + first.number() + "/move", "Position=10001"));
        assertTrue(sim.faults().received().contains("R:0:10000"), "beyond its MaxStep, focuser 1 stops at its end: " + sim.faults().received());
        ok(call("PUT", "/api/v1/focuser/" + first.number() + "/halt", ""));

        int sw = mine.stream().filter(s -> s.deviceType().equals("switch")).findFirst().orElseThrow().number();
        assertEquals(6, call("GET", "/api/v1/switch/" + sw + "/maxswitch", "").get("Value").getAsInt(), "3 outputs, 2 PWM, the regulated output");
        ok(call("PUT", "/api/v1/switch/" + sw + "/setswitch", "Id=1&State=True"));
        Await.until("output 2 on", WAIT, () -> virtual.output(1));

        virtual.setRegulatedOutput(true, 6.5);
        Await.until("the regulated output at 6.5 V", WAIT, () -> value(sw, "getswitchvalue") == 6.5);
        assertEquals(3.0, value(sw, "minswitchvalue"));
        assertEquals(10.0, value(sw, "maxswitchvalue"));
        assertEquals("Regulated output", call("GET", "/api/v1/switch/" + sw + "/getswitchname", "Id=5").get("Value").getAsString());
        assertFalse(call("GET", "/api/v1/switch/" + sw + "/canwrite", "Id=5").get("Value").getAsBoolean(), "set on the device itself");
        JsonObject set = call("PUT", "/api/v1/switch/" + sw + "/setswitchvalue", "Id=5&Value=7");
        assertEquals(0x400, set.get("ErrorNumber").getAsInt(), set.toString());
        assertTrue(sim.faults().received().stream().noneMatch(r -> r.startsWith("V") || r.startsWith("D")), "nothing guessed on the wire");
    }

    private double value(int sw, String member) {
        return alpaca.value("/api/v1/switch/" + sw + "/" + member, "Id=5").getAsDouble();
    }
}
