package org.openjolo.shape.tests;

import org.openjolo.shape.Shape;
import org.openjolo.shape.VirtualShapeDevice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.compensation.PointsStore;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceProfile;
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
 * one Focuser per focuser, a Switch id per PWM output and the pressure, the alert rules are made from its
 * channels, and each focuser has its own temperature compensation — none of them written for this device.
 */
class ShapeServicesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final AlpacaServer server = Services.await(AlpacaServer.class);
    private final Compensation compensation = Services.await(Compensation.class);
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

    /** The Alpaca Focuser standing for focuser instance {@code instance} ("" for the first). */
    private ServedDevice alpacaFocuser(String instance) {
        return server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals("focuser")
                && s.instance().equals(instance)).findFirst().orElseThrow();
    }

    private static void ok(JsonObject reply) {
        assertEquals(0, reply.get("ErrorNumber").getAsInt(), reply.toString());
    }

    @Test
    void alpacaServesEachFocuserEveryPwmOutputAndThePressure() throws Exception {
        List<ServedDevice> mine = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key())).toList();
        Map<String, Long> types = mine.stream().collect(Collectors.groupingBy(ServedDevice::deviceType, Collectors.counting()));
        assertEquals(Map.of("focuser", 2L, "switch", 1L, "observingconditions", 1L, "safetymonitor", 1L), types);
        ServedDevice first = alpacaFocuser("");
        ServedDevice second = alpacaFocuser("focuser2");
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
        // ASCOM's Focuser: a move beyond MaxStep stops at the end of the travel, without an error
        JsonObject beyond = call("PUT", "/api/v1/focuser/" + second.number() + "/move", "Position=" + (two.settings().maxPosition() + 1));
        assertEquals(0, beyond.get("ErrorNumber").getAsInt(), beyond.toString());
        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/halt", ""));
        Await.until("focuser 2 halted", WAIT, () -> !two.isMoving());
        assertEquals(oneAt, one.position(), "focuser 1 still where it was");

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

    // ---------------------------------------------------------------- compensation per focuser

    /** Holds the weather station at {@code celsius} until every control's averaged temperature is exactly that. */
    private void temperatureAt(double celsius, CompensationControl... controls) {
        ((VirtualShapeDevice) sim.device()).setTemperature(celsius);
        for (CompensationControl c : controls) {
            Await.until(c.focuserId() + " averaging " + celsius + " °C", WAIT,
                    () -> c.temperature().isPresent() && c.temperature().getAsDouble() == celsius, () -> c.temperature().toString());
        }
    }

    private static void referenceAt(CompensationControl c, double celsius) {
        Await.until(c.focuserId() + "'s reference at " + celsius + " °C", WAIT,
                () -> c.referenceTemperature().isPresent() && c.referenceTemperature().getAsDouble() == celsius, () -> c.referenceTemperature().toString());
    }

    private static void arrival(Focuser f, int position) {
        Await.until("the focuser at " + position, WAIT, () -> !f.isMoving() && f.position() == position, () -> "at " + f.position());
    }

    @Test
    void eachFocuserCompensatesWithItsOwnSettings() throws Exception {
        CompensationControl one = compensation.of(device, "focuser").orElseThrow();
        CompensationControl two = compensation.of(device, "focuser2").orElseThrow();
        assertEquals("focuser2", two.focuserId());
        assertEquals(one, compensation.of(device).orElseThrow(), "the first focuser's compensation is the device's as before");
        assertEquals(CompensationControl.Implementation.WORKBENCH, two.implementation(), "no firmware compensates the second focuser");
        Focuser f1 = device.capability(Focuser.class, "focuser").orElseThrow();
        Focuser f2 = device.capability(Focuser.class, "focuser2").orElseThrow();
        one.apply(new CompensationSettings(CompensationMode.OFF, 20, 10, 1, Duration.ofSeconds(1))).get(10, TimeUnit.SECONDS);
        two.apply(new CompensationSettings(CompensationMode.OFF, -50, 10, 1, Duration.ofSeconds(1))).get(10, TimeUnit.SECONDS);
        temperatureAt(12.0, one, two);
        int oneAt = f1.position();
        int twoAt = f2.position();
        one.apply(one.settings().withMode(CompensationMode.MANUAL)).get(10, TimeUnit.SECONDS);
        two.apply(two.settings().withMode(CompensationMode.MANUAL)).get(10, TimeUnit.SECONDS);
        referenceAt(one, 12.0);
        referenceAt(two, 12.0);

        DeviceProfile profile = device.profile();
        assertEquals("20.000", profile.get("compensation.coefficient", ""), "the first focuser keeps the keys it had");
        assertEquals("-50.000", profile.get("focuser2.compensation.coefficient", ""));
        assertEquals("MANUAL", profile.get("focuser2.compensation.mode", ""));
        assertEquals(device.identity().key(), PointsStore.deviceKey(device, "focuser"));
        assertEquals(device.identity().key() + "#focuser2", PointsStore.deviceKey(device, "focuser2"));

        temperatureAt(10.0, one, two);
        Await.until("-40 and +100 steps pending", WAIT, () -> one.pending().orElse(0) == -40 && two.pending().orElse(0) == 100,
                () -> one.pending() + " " + two.pending());
        assertEquals(-40, one.compensate().get(10, TimeUnit.SECONDS).orElseThrow().steps());
        arrival(f1, oneAt - 40);
        assertEquals(twoAt, f2.position(), "focuser 2 waits for its own compensation");
        assertEquals(100, two.compensate().get(10, TimeUnit.SECONDS).orElseThrow().steps());
        arrival(f2, twoAt + 100);
        assertEquals(oneAt - 40, f1.position(), "focuser 1 stays where its compensation put it");
        assertEquals(0, one.pending().orElse(-1));
        assertEquals(0, two.pending().orElse(-1));
    }

    @Test
    void alpacaTempCompOfTheSecondFocuserSwitchesOnlyItsCompensation() throws Exception {
        ServedDevice first = alpacaFocuser("");
        ServedDevice second = alpacaFocuser("focuser2");
        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/connected", "Connected=True"));
        CompensationControl one = compensation.of(device, "focuser").orElseThrow();
        one.apply(one.settings().withMode(CompensationMode.OFF)).get(10, TimeUnit.SECONDS);

        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/tempcomp", "TempComp=True"));
        assertEquals(CompensationMode.AUTO, compensation.of(device, "focuser2").orElseThrow().settings().mode());
        assertEquals(CompensationMode.OFF, one.settings().mode(), "focuser 1's compensation stays off");
        assertEquals("AUTO", device.profile().get("focuser2.compensation.mode", ""));
        assertEquals("OFF", device.profile().get("compensation.mode", ""));
        assertTrue(call("GET", "/api/v1/focuser/" + second.number() + "/tempcomp", "").get("Value").getAsBoolean());
        assertFalse(call("GET", "/api/v1/focuser/" + first.number() + "/tempcomp", "").get("Value").getAsBoolean());

        ok(call("PUT", "/api/v1/focuser/" + second.number() + "/tempcomp", "TempComp=False"));
        assertEquals(CompensationMode.MANUAL, compensation.of(device, "focuser2").orElseThrow().settings().mode());
    }

    @Test
    void aSensorTheDeviceDoesNotDescribeIsRefusedAndNothingIsStored() throws Exception {
        CompensationControl two = compensation.of(device, "focuser2").orElseThrow();
        two.apply(new CompensationSettings(CompensationMode.MANUAL, -50, 10, 1, Duration.ofSeconds(1))).get(10, TimeUnit.SECONDS);
        CompensationSettings before = two.settings();
        Map<String, String> stored = compensationValues("focuser2.compensation.");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> two.apply(new CompensationSettings(CompensationMode.AUTO, 30, 10, 2, Duration.ofSeconds(1))));
        assertEquals("Sensor 2 is not one of this device's temperature sensors: choose 1 (Weather station)", refused.getMessage());
        assertEquals(before, two.settings());
        assertEquals(stored, compensationValues("focuser2.compensation."), "the profile is left as it was");
    }

    private Map<String, String> compensationValues(String prefix) {
        return device.profile().all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
