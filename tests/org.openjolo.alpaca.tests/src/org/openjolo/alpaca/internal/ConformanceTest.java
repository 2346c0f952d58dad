package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What ASCOM's conformance checker (ConformU: its Alpaca protocol checks and its Focuser, Switch,
 * ObservingConditions and SafetyMonitor testers) and the Platform 7 interface documents ask of a server, over real
 * HTTP against a simulated AstroLink 4 USB: path casing, parameter rules, a Value on every GET, Connect,
 * Disconnect and Connecting, DeviceState, the Switch's asynchronous members, read-after-write with several
 * clients, and moves beyond the travel.
 */
class ConformanceTest extends ServedAstroLink {

    private List<String> all(String member) {
        return List.of(f(member), s(member), o(member), m(member));
    }

    @Test
    void pathsAreLowerCaseAndUnknownTypesAndMembersAreBadRequests() throws Exception {
        assertEquals(200, client.get(f("connected")).status());
        for (String path : List.of(F.toUpperCase() + numbers.get("focuser") + "/connected", "/api/v1/Focuser/" + numbers.get("focuser") + "/connected",
                f("Connected"), "/API/v1/focuser/" + numbers.get("focuser") + "/connected", "/management/V1/description", "/Management/apiversions")) {
            AlpacaClient.Answer a = client.get(path);
            assertEquals(400, a.status(), path + ": " + a.body());
            assertTrue(a.body().startsWith("Alpaca paths are lower case"), a.body());
        }
        assertEquals(400, client.get("/api/v1/telescope/0/connected").status(), "a device type this server does not have");
        assertEquals(400, client.get(f("nosuchmember")).status());
        assertEquals(400, client.put(f("nosuchmethod"), Map.of()).status());
        assertEquals(400, client.get("/management/v1/nosuchmember").status());
    }

    @Test
    void clientIdsAndTransactionIdsAreUnsignedNumbersAndParameterNamesFollowTheVerb() throws Exception {
        for (String bad : List.of("", "%20", "-1", "abc", "1.5", "4294967296")) {
            for (String name : List.of("ClientID", "ClientTransactionID")) {
                AlpacaClient.Answer get = client.raw("GET", f("connected") + "?" + name + "=" + bad, null);
                assertEquals(400, get.status(), "GET " + name + "='" + bad + "': " + get.body());
                AlpacaClient.Answer put = client.raw("PUT", f("connected"), "Connected=False&" + name + "=" + bad);
                assertEquals(400, put.status(), "PUT " + name + "='" + bad + "': " + put.body());
            }
        }
        assertEquals(4294967295L, client.raw("GET", f("connected") + "?CLIENTTRANSACTIONID=4294967295", null).json().get("ClientTransactionID").getAsLong(),
                "GET parameter names in any case");
        assertEquals(0, client.raw("PUT", f("connected"), "Connected=True&clienttransactionid=5").json().get("ClientTransactionID").getAsLong(),
                "a PUT parameter cased otherwise is not the ClientTransactionID");
        assertEquals(400, client.raw("PUT", f("connected"), "connected=True").status(), "nor the Connected");
    }

    @Test
    void booleansAreTrueOrFalseInAnyCaseAndCommandsCheckTheirParametersFirst() throws Exception {
        connectAll(client);
        for (String yes : List.of("true", "TRUE", "True")) {
            assertEquals(0, client.put(f("connected"), Map.of("Connected", yes)).error(), yes);
        }
        for (String member : List.of("commandblind", "commandbool", "commandstring")) {
            for (String raw : List.of("maybe", "1", "")) {
                AlpacaClient.Answer a = client.put(f(member), Map.of("Command", "X", "Raw", raw));
                assertEquals(400, a.status(), member + " Raw='" + raw + "': " + a.body());
                assertEquals("Raw must be True or False, not '" + raw + "'", a.body());
            }
            assertEquals(400, client.put(s(member), Map.of("Raw", "True")).status(), member + " without Command");
            assertEquals(AlpacaException.NOT_IMPLEMENTED, client.put(s(member), Map.of("Command", "X", "Raw", "False")).error(), member);
        }
        assertEquals(400, client.put(f("action"), Map.of("Action", "x")).status(), "Action without Parameters");
        assertEquals(400, client.put(s("setswitch"), Map.of("Id", "0", "State", "yes")).status());
    }

    @Test
    void everyGetCarriesAValueEvenWithAnError() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(f("position"), "0");
        expected.put(f("ismoving"), "false");
        expected.put(f("devicestate"), "[]");
        expected.put(s("getswitchname") + "?Id=0", "\"\"");
        expected.put(o("pressure"), "0");
        expected.put(o("sensordescription") + "?SensorName=Temperature", "\"\"");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String[] path = e.getKey().split("\\?");
            AlpacaClient.Answer a = path.length == 1 ? client.get(path[0]) : client.get(path[0], path[1].split("=")[0], path[1].split("=")[1]);
            JsonObject json = a.json();
            assertEquals(AlpacaException.NOT_CONNECTED, json.get("ErrorNumber").getAsInt(), e.getKey());
            assertTrue(json.has("Value"), e.getKey() + ": " + a.body());
            assertEquals(e.getValue(), json.get("Value").toString(), e.getKey());
        }
        connectAll(client);
        JsonObject notMeasured = client.get(o("windspeed")).json();
        assertEquals(AlpacaException.NOT_IMPLEMENTED, notMeasured.get("ErrorNumber").getAsInt());
        assertEquals("0", notMeasured.get("Value").toString());
        JsonObject put = client.put(o("averageperiod"), Map.of("AveragePeriod", "2")).json();
        assertEquals(AlpacaException.INVALID_VALUE, put.get("ErrorNumber").getAsInt());
        assertFalse(put.has("Value"), "a PUT answers without a Value");
    }

    @Test
    void platformSevenConnectDisconnectAndConnectingPerClient() throws Exception {
        for (String path : all("interfaceversion")) {
            int version = client.get(path).value().getAsInt();
            assertEquals(path.contains("/focuser/") ? 4 : path.contains("/switch/") ? 3 : path.contains("/observingconditions/") ? 2 : 3, version, path);
        }
        AlpacaClient other = newClient(8);
        for (String type : List.of("focuser", "switch", "observingconditions", "safetymonitor")) {
            String base = "/api/v1/" + type + "/" + numbers.get(type) + "/";
            assertFalse(client.get(base + "connected").value().getAsBoolean(), type);
            assertFalse(client.get(base + "connecting").value().getAsBoolean(), "Connecting is readable before connecting: " + type);
            assertEquals(0, client.put(base + "connect", Map.of()).error(), type);
            assertFalse(client.get(base + "connecting").value().getAsBoolean(), "Connect completes before it returns: " + type);
            assertTrue(client.get(base + "connected").value().getAsBoolean(), type);
            assertFalse(other.get(base + "connected").value().getAsBoolean(), "each client connects for itself: " + type);
            assertEquals(0, client.put(base + "disconnect", Map.of()).error(), type);
            assertFalse(client.get(base + "connected").value().getAsBoolean(), type);
            assertEquals(405, client.get(base + "connect").status(), "Connect is a PUT");
            assertEquals(405, client.put(base + "connecting", Map.of()).status(), "Connecting is read only");
        }
        assertEquals(org.openjolo.core.ConnectionState.CONNECTED, device.state(), "a client's Disconnect leaves the workbench's connection");
    }

    /** DeviceState as a map of name to value. */
    private Map<String, JsonElement> deviceState(String path) throws Exception {
        Map<String, JsonElement> state = new LinkedHashMap<>();
        for (JsonElement e : client.get(path).value().getAsJsonArray()) {
            state.put(e.getAsJsonObject().get("Name").getAsString(), e.getAsJsonObject().get("Value"));
        }
        return state;
    }

    @Test
    void deviceStateListsEachOperationalPropertyAndTheTime() throws Exception {
        connectAll(client);
        Instant before = device.latestTelemetry().orElseThrow().time();

        Map<String, JsonElement> focuser = deviceState(f("devicestate"));
        assertEquals(List.of("IsMoving", "Position", "Temperature", "TimeStamp"), List.copyOf(focuser.keySet()));
        assertEquals(client.get(f("position")).value(), focuser.get("Position"));
        assertFalse(Instant.parse(focuser.get("TimeStamp").getAsString()).isBefore(before));

        Map<String, JsonElement> switches = deviceState(s("devicestate"));
        List<String> names = new ArrayList<>();
        for (int id = 0; id < 5; id++) {
            names.addAll(List.of("GetSwitch" + id, "GetSwitchValue" + id, "StateChangeComplete" + id));
        }
        names.add("TimeStamp");
        assertEquals(names, List.copyOf(switches.keySet()));
        assertEquals(client.get(s("getswitchvalue"), "Id", "3").value(), switches.get("GetSwitchValue3"));
        assertTrue(switches.get("StateChangeComplete4").getAsBoolean());

        Map<String, JsonElement> conditions = deviceState(o("devicestate"));
        assertEquals(List.of("CloudCover", "DewPoint", "Humidity", "SkyQuality", "SkyTemperature", "Temperature", "TimeStamp"),
                List.copyOf(conditions.keySet()), "what the AstroLink 4 measures, nothing it does not");

        Map<String, JsonElement> safety = deviceState(m("devicestate"));
        assertEquals(List.of("IsSafe", "TimeStamp"), List.copyOf(safety.keySet()));
        assertEquals(client.get(m("issafe")).value(), safety.get("IsSafe"));
    }

    @Test
    void switchesAreSynchronousSoTheAsynchronousMembersSayWhy() throws Exception {
        connectAll(client);
        for (int id = 0; id < 5; id++) {
            assertFalse(client.get(s("canasync"), "Id", Integer.toString(id)).value().getAsBoolean());
            assertTrue(client.get(s("statechangecomplete"), "Id", Integer.toString(id)).value().getAsBoolean());
        }
        sim.faults().clearReceived();
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.put(s("setasync"), Map.of("Id", "0", "State", "True")).error());
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.put(s("setasyncvalue"), Map.of("Id", "3", "Value", "50")).error());
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.put(s("cancelasync"), Map.of("Id", "0")).error());
        assertTrue(sim.faults().received().stream().noneMatch(r -> r.startsWith("C") || r.startsWith("B")), "nothing switched: " + sim.faults().received());
        assertEquals(AlpacaException.INVALID_VALUE, client.get(s("canasync"), "Id", "5").error(), "a switch that does not exist");
        assertEquals(400, client.put(s("setasync"), Map.of("Id", "0", "State", "on")).status());
    }

    /**
     * Three clients each set a switch and read it back at once, twenty times: every read returns what was just
     * set (the set completes after the device's state was read back).
     */
    @Test
    void everySetterIsReadBackByEveryClientAtOnce() throws Exception {
        List<AlpacaClient> clients = List.of(client, newClient(21), newClient(22));
        for (AlpacaClient c : clients) {
            connectAll(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int k = 0; k < clients.size(); k++) {
                AlpacaClient c = clients.get(k);
                AlpacaClient reader = clients.get((k + 1) % clients.size());
                String output = Integer.toString(k);
                String pwm = Integer.toString(3 + k % 2);
                boolean setsPwm = k < 2;
                runs.add(pool.submit(() -> {
                    List<String> stale = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        boolean on = i % 2 == 0;
                        assertEquals(0, c.put(s("setswitch"), Map.of("Id", output, "State", Boolean.toString(on))).error());
                        if (reader.get(s("getswitch"), "Id", output).value().getAsBoolean() != on) {
                            stale.add("output " + output + " try " + i);
                        }
                        if (setsPwm) {
                            int duty = 10 + i;
                            assertEquals(0, c.put(s("setswitchvalue"), Map.of("Id", pwm, "Value", Integer.toString(duty))).error());
                            if (reader.get(s("getswitchvalue"), "Id", pwm).value().getAsDouble() != duty) {
                                stale.add("PWM " + pwm + " try " + i);
                            }
                        }
                    }
                    return stale;
                }));
            }
            List<String> stale = new ArrayList<>();
            for (Future<List<String>> r : runs) {
                stale.addAll(r.get(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of(), stale, "reads that returned the state before the set");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, client.put(f("tempcomp"), Map.of("TempComp", "True")).error());
        assertTrue(clients.get(2).get(f("tempcomp")).value().getAsBoolean(), "TempComp read back by another client");
        assertEquals(0, client.put(s("setswitchname"), Map.of("Id", "1", "Name", "Dew strap")).error());
        assertEquals("Dew strap", clients.get(1).get(s("getswitchname"), "Id", "1").value().getAsString());
        for (int id = 0; id < 5; id++) {
            assertEquals(0, client.put(s("setswitchvalue"), Map.of("Id", Integer.toString(id), "Value", "0")).error());
        }
    }

    @Test
    void aMoveBeyondTheTravelStopsAtItsEndWithoutAnError() throws Exception {
        connectAll(client);
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        focuser.applySettings(focuser.settings().withSpeed(2000).withBacklash(0)).get(10, TimeUnit.SECONDS);
        int max = client.get(f("maxstep")).value().getAsInt();
        // short trips: start near each end
        focuser.sync(max - 100).get(10, TimeUnit.SECONDS);
        sim.faults().clearReceived();
        assertEquals(0, client.put(f("move"), Map.of("Position", Integer.toString(max + 5000))).error());
        Await.until("at MaxStep", WAIT, () -> !focuser.isMoving() && focuser.position() == max, () -> "at " + focuser.position());
        focuser.sync(100).get(10, TimeUnit.SECONDS);
        assertEquals(0, client.put(f("move"), Map.of("Position", "-20")).error());
        Await.until("at 0", WAIT, () -> !focuser.isMoving() && focuser.position() == 0, () -> "at " + focuser.position());
        assertEquals(List.of("R:0:" + max, "R:0:0"), sim.faults().received().stream().filter(r -> r.startsWith("R")).toList());
        assertEquals(400, client.put(f("move"), Map.of("Position", "1e9")).status(), "not a whole number");
    }
}
