package org.openjolo.shape.tests;

import org.openjolo.shape.Shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.Alerts;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shape test controller behind the workbench's services, over a pseudo-terminal: the Alpaca server serves
 * one Focuser per focuser, a Switch id per PWM output and the pressure, and the alert rules are made from its
 * channels — none of them written for this device.
 */
class ShapeServicesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final AlpacaServer server = Services.await(AlpacaServer.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private SimulatedDevice sim;
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        // this bundle's own family registers when the bundle starts, as a plugin's would
        Await.until("the shape test family registered", WAIT, () -> registry.families().stream().anyMatch(f -> f.id().equals(Shape.FAMILY_ID)));
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, 0));
        sim = Services.await(Simulator.class).start(Shape.FAMILY_ID, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyShape")));
        device = registry.connect(Shape.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
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
        String query = "ClientID=9" + (params.isEmpty() ? "" : "&" + params);
        URI uri = URI.create("http://127.0.0.1:" + server.address().orElseThrow().getPort() + path + (method.equals("GET") ? "?" + query : ""));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        b = method.equals("GET") ? b.GET()
                : b.header("Content-Type", "application/x-www-form-urlencoded").PUT(HttpRequest.BodyPublishers.ofString(query));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    /** A focuser's Position as an Alpaca client reads it. */
    private int alpacaPosition(int number) {
        try {
            return call("GET", "/api/v1/focuser/" + number + "/position", "").get("Value").getAsInt();
        } catch (Exception e) {
            throw new AssertionError("Position of Alpaca focuser " + number + " could not be read", e);
        }
    }

    private static void ok(JsonObject reply) {
        assertEquals(0, reply.get("ErrorNumber").getAsInt(), reply.toString());
    }

    @Test
    void alpacaServesEachFocuserEveryPwmOutputAndThePressure() throws Exception {
        List<ServedDevice> mine = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key())).toList();
        Map<String, Long> types = mine.stream().collect(Collectors.groupingBy(ServedDevice::deviceType, Collectors.counting()));
        assertEquals(Map.of("focuser", 2L, "switch", 1L, "observingconditions", 1L, "safetymonitor", 1L), types);
        ServedDevice first = mine.stream().filter(s -> s.deviceType().equals("focuser") && s.instance().isEmpty()).findFirst().orElseThrow();
        ServedDevice second = mine.stream().filter(s -> s.instance().equals("focuser2")).findFirst().orElseThrow();
        assertTrue(second.name().endsWith("Focuser 2"), second.name());
        assertFalse(first.uniqueId().equals(second.uniqueId()));
        int sw = mine.stream().filter(s -> s.deviceType().equals("switch")).findFirst().orElseThrow().number();
        int oc = mine.stream().filter(s -> s.deviceType().equals("observingconditions")).findFirst().orElseThrow().number();

        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/connected", "Connected=True"));
        Focuser one = device.capability(Focuser.class, "focuser").orElseThrow();
        Focuser two = device.capability(Focuser.class, "focuser2").orElseThrow();
        int oneAt = one.position();
        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/move", "Position=4321"));
        Await.until("focuser 2 at 4321 through Alpaca", WAIT,
                () -> alpacaPosition(second.number()) == 4321 && !two.isMoving(),
                () -> "at " + two.position());
        assertEquals(oneAt, call("GET", "/api/v1/focuser/" + first.number() + "/position", "").get("Value").getAsInt(), "focuser 1 stayed");
        JsonObject beyond = call("PUT", "/api/v1/focuser/" + second.number() + "/move", "Position=" + (two.settings().maxPosition() + 1));
        assertEquals(0x401, beyond.get("ErrorNumber").getAsInt(), beyond.toString());

        assertEquals(4, call("GET", "/api/v1/switch/" + sw + "/maxswitch", "").get("Value").getAsInt());
        assertEquals("PWM D", call("GET", "/api/v1/switch/" + sw + "/getswitchname", "Id=3").get("Value").getAsString());
        ok(call("PUT", "/api/v1/switch/" + sw + "/setswitchvalue", "Id=3&Value=40"));
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        Await.until("PWM D at 40 %", WAIT, () -> pwm.duty(3) == 40, () -> pwm.duty(3) + " %");
        JsonObject tooMuch = call("PUT", "/api/v1/switch/" + sw + "/setswitchvalue", "Id=3&Value=101");
        assertEquals(0x401, tooMuch.get("ErrorNumber").getAsInt());
        assertEquals(StandardCapabilities.DUTY.refusal("PWM D", 101), tooMuch.get("ErrorMessage").getAsString());

        double pressure = device.latestTelemetry().orElseThrow().get(Shape.PRESSURE).orElseThrow();
        assertEquals(pressure, call("GET", "/api/v1/observingconditions/" + oc + "/pressure", "").get("Value").getAsDouble(), 0.5);
        assertEquals(0x400, call("GET", "/api/v1/observingconditions/" + oc + "/humidity", "").get("ErrorNumber").getAsInt(),
                "the weather station measures no humidity: not implemented");
    }

    @Test
    void chartsAndTheCsvLogRecordTheChannelsTheDeviceDescribes() throws Exception {
        ChartRecorder recorder = Services.await(ChartRecorder.class);
        org.openjolo.charts.ChartSettings before = recorder.settings();
        recorder.setSettings(before.withSampling(Duration.ofSeconds(1)));
        try {
            chartsAndCsv(recorder);
        } finally {
            recorder.setSettings(before);
        }
    }

    private void chartsAndCsv(ChartRecorder recorder) throws Exception {
        Await.until("a chart point with the pressure and the second focuser", WAIT, () -> recorder.data(device)
                .map(d -> d.series().contains(Shape.PRESSURE) && d.series().contains(Shape.FOCUSER_2.channel(Quantities.POSITION).orElseThrow().key()))
                .orElse(false));
        assertEquals(Shape.DESCRIPTION, recorder.data(device).orElseThrow().description());
        String name = AtomicFiles.safeName(device.identity().key());
        Await.until("the night's CSV file", WAIT, () -> csv(recorder, name) != null);
        String header = Files.readAllLines(csv(recorder, name)).get(0);
        for (String column : List.of("Focuser 1 position [steps]", "Focuser 2 position [steps]", "PWM D [%]", "Outside temperature [°C]", "Pressure [hPa]")) {
            assertTrue(header.contains("," + column), column + " in " + header);
        }
        assertFalse(header.contains("Roof"), "a choice is not a number to log: " + header);
    }

    private static Path csv(ChartRecorder recorder, String device) {
        try (var files = Files.list(recorder.logFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith("_" + device + ".csv")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @Test
    void alertRulesAreMadeFromTheChannels() {
        Map<String, String> rules = Services.await(Alerts.class).rules(device).stream().collect(Collectors.toMap(AlertRule::id, AlertRule::valueId));
        assertEquals(Shape.PRESSURE.id(), rules.get("env.pressure1"));
        assertEquals(Shape.TEMPERATURE.id(), rules.get("env.temperature1"));
        assertFalse(rules.containsKey("env.humidity1"), "no humidity channel, no humidity rule");
        assertFalse(rules.keySet().stream().anyMatch(id -> id.startsWith("power.")), "no power monitor, no power rules: " + rules.keySet());
    }
}
