package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Every member over real HTTP against a simulated AstroLink 4 USB on a pseudo-terminal. */
class AlpacaServerTest extends ServedAstroLink {

    @Test
    void managementApiListsTheFourDevicesOfOneConnectionWithStableUniqueIds() throws Exception {
        assertEquals("[1]", client.get("/management/apiversions").value().toString());
        JsonObject description = client.get("/management/v1/description").value().getAsJsonObject();
        assertEquals("OpenJolo Workbench", description.get("ServerName").getAsString());
        JsonArray configured = client.get("/management/v1/configureddevices").value().getAsJsonArray();
        List<String> mine = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (var e : configured) {
            JsonObject d = e.getAsJsonObject();
            if (d.get("DeviceName").getAsString().startsWith(device.toString())) {
                mine.add(d.get("DeviceType").getAsString() + " " + d.get("DeviceNumber").getAsInt());
                ids.add(d.get("UniqueID").getAsString());
            }
        }
        assertEquals(List.of("Focuser " + numbers.get("focuser"), "Switch " + numbers.get("switch"), "ObservingConditions " + numbers.get("observingconditions"),
                "SafetyMonitor " + numbers.get("safetymonitor")), mine);
        assertEquals(4, ids.stream().distinct().count());

        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        device = registry.connect("astrolink4", sim.address()).get(15, TimeUnit.SECONDS);
        List<String> again = server.devices().stream().filter(x -> x.deviceKey().equals(device.identity().key())).map(ServedDevice::uniqueId).toList();
        assertEquals(ids, again, "UniqueIDs and numbers survive a reconnect");
    }

    @Test
    void transactionIdsAreEchoedAndMalformedRequestsAreHttpErrors() throws Exception {
        AlpacaClient.Answer a = client.get(f("name"));
        assertEquals(200, a.status());
        assertEquals(client.lastTransaction(), a.json().get("ClientTransactionID").getAsLong());
        long first = a.json().get("ServerTransactionID").getAsLong();
        long second = client.get(f("name")).json().get("ServerTransactionID").getAsLong();
        assertTrue(second > first && first >= 1, first + " then " + second);
        assertEquals(device + " focuser", a.value().getAsString());

        assertEquals(42, client.raw("GET", f("name") + "?clienttransactionid=42", null).json().get("ClientTransactionID").getAsLong(),
                "GET parameter names are case-insensitive");
        assertEquals(400, client.raw("GET", f("name") + "?ClientTransactionID=abc", null).status());
        AlpacaClient.Answer miscased = client.raw("PUT", f("connected"), "connected=True&clientid=7");
        assertEquals(400, miscased.status());
        assertTrue(miscased.body().contains("The parameter Connected is missing"), miscased.body());
        assertEquals(400, client.put(f("connected"), Map.of("Connected", "maybe")).status());
        assertEquals(400, client.get(F + "99/name").status(), "no such device number");
        assertEquals(400, client.get(F + "x/name").status());
        assertEquals(400, client.get("/api/v1/telescope/0/name").status(), "an unknown device type is 400, as ASCOM says");
        assertEquals(400, client.get(f("nosuchmember")).status());
        assertEquals(405, client.raw("POST", f("name"), "").status());
        assertEquals(405, client.put(f("position"), Map.of()).status(), "a property is not PUT");
        assertEquals(413, client.raw("PUT", f("connected"), "Connected=True&Pad=" + "x".repeat(70_000)).status());
        assertEquals(404, client.get("/../../etc/passwd").status());
        try (java.net.Socket raw = new java.net.Socket("127.0.0.1", server.address().orElseThrow().getPort())) {
            raw.getOutputStream().write(new byte[] { 0x16, 0x03, 0x01, 0x00, (byte) 0xff, 0x7f, 0x00, '\r', '\n', '\r', '\n' });
            raw.getOutputStream().flush();
        }
        assertEquals(device + " focuser", client.get(f("name")).value().getAsString(), "garbage on the socket does not stop the server");
    }

    @Test
    void membersNeedConnectedAndEachClientDisconnectsOnlyItself() throws Exception {
        assertEquals(AlpacaException.NOT_CONNECTED, client.get(f("position")).error());
        assertFalse(client.get("/api/v1/safetymonitor/" + numbers.get("safetymonitor") + "/issafe").value().getAsBoolean(), "IsSafe is False while not connected");
        assertFalse(client.get(f("connected")).value().getAsBoolean());
        connectAll(client);
        assertTrue(client.get(s("connected")).value().getAsBoolean(), "one connection serves all four types");
        assertTrue(client.get("/api/v1/safetymonitor/" + numbers.get("safetymonitor") + "/issafe").value().getAsBoolean());
        AlpacaClient other = new AlpacaClient(server.address().orElseThrow().getPort(), 8);
        connectAll(other);
        assertEquals(0, other.put(o("connected"), Map.of("Connected", "False")).error());
        assertFalse(other.get(f("connected")).value().getAsBoolean());
        assertTrue(client.get(f("connected")).value().getAsBoolean(), "the other client keeps the device");
        assertEquals(10000, client.get(f("position")).value().getAsInt());
    }

    @Test
    void focuserMovesHaltsRefusesAndCompensatesOnS() throws Exception {
        connectAll(client);
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        focuser.applySettings(focuser.settings().withSpeed(2000).withAcceleration(4000).withBacklash(0)).get(10, TimeUnit.SECONDS);
        assertTrue(client.get(f("absolute")).value().getAsBoolean());
        assertEquals(25000, client.get(f("maxstep")).value().getAsInt());
        assertEquals(25000, client.get(f("maxincrement")).value().getAsInt());
        assertEquals(device.capability(Focuser.class).orElseThrow().settings().stepSizeMicrons(), client.get(f("stepsize")).value().getAsDouble());
        assertEquals(4, client.get(f("interfaceversion")).value().getAsInt());
        assertEquals("[]", client.get(f("supportedactions")).value().toString());
        double t = device.latestTelemetry().orElseThrow().get(StandardTelemetry.TEMPERATURE_1).orElseThrow();
        assertEquals(t, client.get(f("temperature")).value().getAsDouble(), 0.5);

        sim.faults().clearReceived();
        assertEquals(0, client.put(f("move"), Map.of("Position", "30000")).error(), "a move beyond the travel is no error");
        assertTrue(sim.faults().received().contains("R:0:25000"), "it stops at MaxStep: " + sim.faults().received());
        assertEquals(0, client.put(f("halt"), Map.of()).error());
        Await.until("halted", WAIT, () -> !bool(f("ismoving")));
        assertEquals(0, client.put(f("move"), Map.of("Position", "3455")).error());
        assertTrue(bool(f("ismoving")), "IsMoving right after Move, before the next poll");
        assertTrue(sim.faults().received().contains("R:0:3455"), sim.faults().received().toString());
        AlpacaClient other = new AlpacaClient(server.address().orElseThrow().getPort(), 9);
        connectAll(other);
        AlpacaClient.Answer busy = other.put(f("move"), Map.of("Position", "20000"));
        assertEquals(AlpacaException.INVALID_OPERATION, busy.error(), "a move from another client while moving: " + busy.body());
        Await.until("arrived at 3455", WAIT, () -> !bool(f("ismoving")) && integer(f("position")) == 3455);

        device.capability(Focuser.class).orElseThrow().applySettings(device.capability(Focuser.class).orElseThrow().settings().withSpeed(100)).get(10, TimeUnit.SECONDS);
        assertEquals(0, client.put(f("move"), Map.of("Position", "10000")).error());
        Await.until("on the way", WAIT, () -> integer(f("position")) > 3500);
        assertEquals(0, client.put(f("halt"), Map.of()).error());
        Await.until("halted", WAIT, () -> !bool(f("ismoving")));
        int stopped = client.get(f("position")).value().getAsInt();
        assertTrue(stopped > 3455 && stopped < 10000, "halted on the way: " + stopped);

        assertTrue(client.get(f("tempcompavailable")).value().getAsBoolean());
        assertEquals(0, client.put(f("tempcomp"), Map.of("TempComp", "True")).error());
        assertTrue(client.get(f("tempcomp")).value().getAsBoolean());
        assertEquals(CompensationMode.AUTO, Services.await(Compensation.class).of(device).orElseThrow().settings().mode());
        assertEquals(0, client.put(f("tempcomp"), Map.of("TempComp", "False")).error());
        assertEquals(CompensationMode.MANUAL, Services.await(Compensation.class).of(device).orElseThrow().settings().mode());
        Services.await(Compensation.class).of(device).orElseThrow().apply(
                Services.await(Compensation.class).of(device).orElseThrow().settings().withMode(CompensationMode.OFF)).get(10, TimeUnit.SECONDS);
        assertEquals(AlpacaException.INVALID_OPERATION, client.put(f("commandstring"), Map.of("Command", "S:20", "Raw", "False")).error(),
                "S:N with compensation off");
        assertEquals(0, client.put(f("tempcomp"), Map.of("TempComp", "True")).error());
        sim.faults().clearReceived();
        AlpacaClient.Answer sn = client.put(f("commandstring"), Map.of("Command", "S:20", "Raw", "False"));
        assertEquals(0, sn.error(), sn.body());
        assertEquals("S:0", sn.value().getAsString(), "nothing pending: nothing applied (the AstroLink 4 tests drive a temperature change)");
        assertTrue(sim.faults().received().stream().noneMatch(r -> r.startsWith("R")), "nothing moved: " + sim.faults().received());
        assertEquals(AlpacaException.INVALID_VALUE, client.put(f("commandstring"), Map.of("Command", "R:0:1", "Raw", "True")).error());
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.put(f("commandblind"), Map.of("Command", "H", "Raw", "True")).error());
        assertEquals(AlpacaException.ACTION_NOT_IMPLEMENTED, client.put(f("action"), Map.of("Action", "x", "Parameters", "")).error());
    }

    private int integer(String path) {
        try {
            return client.get(path).value().getAsInt();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private boolean bool(String path) {
        try {
            return client.get(path).value().getAsBoolean();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void switchesAreTheThreeDcOutputsThenTheTwoPwmOutputs() throws Exception {
        connectAll(client);
        assertEquals(5, client.get(s("maxswitch")).value().getAsInt());
        assertEquals(3, client.get(s("interfaceversion")).value().getAsInt());
        assertEquals(StandardTelemetry.output(1).label(), client.get(s("getswitchname"), "Id", "1").value().getAsString(), "named like the channel");
        assertEquals("Output 2", client.get(s("getswitchname"), "Id", "1").value().getAsString());
        assertEquals("PWM A", client.get(s("getswitchname"), "Id", "3").value().getAsString());
        assertEquals(100.0, client.get(s("maxswitchvalue"), "Id", "4").value().getAsDouble());
        assertEquals(1.0, client.get(s("maxswitchvalue"), "Id", "0").value().getAsDouble());
        assertTrue(client.get(s("canwrite"), "Id", "2").value().getAsBoolean());
        sim.faults().clearReceived();
        // the manual's script: DC 1 and 2 on, PWM to 30 % and 18 %
        assertEquals(0, client.put(s("setswitch"), Map.of("Id", "0", "State", "True")).error());
        assertEquals(0, client.put(s("setswitch"), Map.of("Id", "1", "State", "True")).error());
        assertEquals(0, client.put(s("setswitchvalue"), Map.of("Id", "3", "Value", "30")).error());
        assertEquals(0, client.put(s("setswitchvalue"), Map.of("Id", "4", "Value", "18")).error());
        assertTrue(sim.faults().received().containsAll(List.of("C:0:1", "C:1:1", "B:0:30", "B:1:18")), sim.faults().received().toString());
        assertTrue(client.get(s("getswitch"), "Id", "1").value().getAsBoolean(), "read back at once, not after the next poll");
        assertEquals(30.0, client.get(s("getswitchvalue"), "Id", "3").value().getAsDouble());
        assertEquals(AlpacaException.INVALID_VALUE, client.get(s("getswitch"), "Id", "7").error());
        assertEquals(AlpacaException.INVALID_VALUE, client.put(s("setswitchvalue"), Map.of("Id", "3", "Value", "101")).error());
        assertEquals(AlpacaException.INVALID_VALUE, client.put(s("setswitchvalue"), Map.of("Id", "0", "Value", "0.5")).error());
        assertEquals(0, client.put(s("setswitchname"), Map.of("Id", "2", "Name", "Mount")).error());
        assertEquals("Mount", client.get(s("getswitchname"), "Id", "2").value().getAsString());
        assertEquals("Mount", device.profile().get(org.openjolo.core.ProfileKeys.outputLabel(2), ""), "the label the Outputs part shows");
        assertEquals(AlpacaException.INVALID_VALUE, client.put(s("setswitchname"), Map.of("Id", "2", "Name", " ")).error());
        assertEquals(0, client.put(s("setswitch"), Map.of("Id", "0", "State", "False")).error());
        assertEquals(0, client.put(s("setswitch"), Map.of("Id", "1", "State", "False")).error());
        assertEquals(0, client.put(s("setswitchvalue"), Map.of("Id", "3", "Value", "0")).error());
        assertEquals(0, client.put(s("setswitchvalue"), Map.of("Id", "4", "Value", "0")).error());
    }

    @Test
    void observingConditionsReportTheSensorsAndRefuseWhatIsNotMeasured() throws Exception {
        connectAll(client);
        Telemetry t = device.latestTelemetry().orElseThrow();
        assertEquals(t.get(StandardTelemetry.HUMIDITY_1).orElseThrow(), client.get(o("humidity")).value().getAsDouble(), 2);
        assertEquals(t.get(StandardTelemetry.DEW_POINT_1).orElseThrow(), client.get(o("dewpoint")).value().getAsDouble(), 0.5);
        assertEquals(t.get(StandardTelemetry.TEMPERATURE_1).orElseThrow(), client.get(o("temperature")).value().getAsDouble(), 0.5);
        assertEquals(t.get(StandardTelemetry.SKY_TEMPERATURE).orElseThrow(), client.get(o("skytemperature")).value().getAsDouble(), 0.5);
        assertEquals(t.get(StandardTelemetry.SKY_QUALITY).orElseThrow(), client.get(o("skyquality")).value().getAsDouble(), 0.5);
        double cover = client.get(o("cloudcover")).value().getAsDouble();
        assertTrue(List.of(0.0, 25.0, 50.0, 75.0, 100.0).contains(cover), "cover " + cover);
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.get(o("pressure")).error());
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.get(o("windspeed")).error());
        assertEquals(0.0, client.get(o("averageperiod")).value().getAsDouble());
        assertEquals(0, client.put(o("averageperiod"), Map.of("AveragePeriod", "0")).error());
        assertEquals(AlpacaException.INVALID_VALUE, client.put(o("averageperiod"), Map.of("AveragePeriod", "1")).error());
        assertEquals(0, client.put(o("refresh"), Map.of()).error());
        assertTrue(client.get(o("sensordescription"), "SensorName", "Temperature").value().getAsString().contains("Temperature #1"));
        assertEquals(AlpacaException.NOT_IMPLEMENTED, client.get(o("sensordescription"), "SensorName", "RainRate").error());
        assertEquals(AlpacaException.INVALID_VALUE, client.get(o("sensordescription"), "SensorName", "Foo").error());
        double age = client.get(o("timesincelastupdate"), "SensorName", "SkyQuality").value().getAsDouble();
        assertTrue(age >= 0 && age < 3, "age " + age);
    }

    @Test
    void eightClientsPollingWhileOneMovesGetNoWrongAnswerAndTheDeviceMissesNoPoll() throws Exception {
        connectAll(client);
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        focuser.applySettings(focuser.settings().withSpeed(1500)).get(10, TimeUnit.SECONDS);
        List<Long> snapshots = new CopyOnWriteArrayList<>();
        DeviceListener l = new DeviceListener() {
            @Override
            public void telemetry(Device d, Telemetry t) {
                snapshots.add(System.nanoTime());
            }
        };
        device.addListener(l);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> polls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AlpacaClient c = new AlpacaClient(server.address().orElseThrow().getPort(), 100 + i);
            connectAll(c);
            polls.add(pool.submit(() -> {
                int n = 0;
                int last = 10000;
                while (!done.get()) {
                    int p = c.get(f("position")).value().getAsInt();
                    if (p > last || p < 4000) {
                        throw new AssertionError("position went from " + last + " to " + p + " on an inward move to 4000");
                    }
                    last = p;
                    c.get(f("ismoving")).value();
                    c.get(o("temperature")).value();
                    n += 3;
                }
                return n;
            }));
        }
        assertEquals(0, client.put(f("move"), Map.of("Position", "4000")).error());
        Await.until("arrived at 4000", WAIT, () -> !focuser.isMoving() && focuser.position() == 4000);
        Thread.sleep(1000);
        done.set(true);
        int answered = 0;
        for (Future<Integer> p : polls) {
            answered += p.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();
        device.removeListener(l);
        assertTrue(answered > 100, "answered " + answered);
        long worstGap = 0;
        for (int i = 1; i < snapshots.size(); i++) {
            worstGap = Math.max(worstGap, snapshots.get(i) - snapshots.get(i - 1));
        }
        assertTrue(worstGap < TimeUnit.MILLISECONDS.toNanos(1000), "the 2 Hz refresh went on: worst gap " + worstGap / 1_000_000 + " ms");
    }

    @Test
    void discoveryAnswersWithThePortAndTheDefaultIsLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", AlpacaSettings.DEFAULT.bindAddress());
        assertFalse(AlpacaSettings.DEFAULT.lan());
        assertTrue(server.address().orElseThrow().getAddress().isLoopbackAddress());
        assertTrue(server.status().contains("to this computer only"), server.status());
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(5000);
            byte[] q = "alpacadiscovery1".getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(q, q.length, InetAddress.getLoopbackAddress(), discoveryPort));
            DatagramPacket answer = new DatagramPacket(new byte[256], 256);
            socket.receive(answer);
            assertEquals("{\"AlpacaPort\":" + server.address().orElseThrow().getPort() + "}",
                    new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII));
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> server.configure(new AlpacaSettings(true, true, "", 11111, 32227)));
        assertEquals("Choose the network interface to serve on (0.0.0.0 for all)", e.getMessage());
        assertTrue(server.address().isPresent(), "a refused change leaves the server running");
    }
}
