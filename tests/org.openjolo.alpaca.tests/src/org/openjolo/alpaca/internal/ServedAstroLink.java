package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/**
 * The server's tests over real HTTP: a simulated AstroLink 4 USB on a pseudo-terminal, connected to the
 * workbench and served on an ephemeral port, with the paths of its four Alpaca devices.
 */
abstract class ServedAstroLink {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String F = "/api/v1/focuser/";
    static final String S = "/api/v1/switch/";
    static final String O = "/api/v1/observingconditions/";
    static final String M = "/api/v1/safetymonitor/";

    @TempDir
    Path dir;

    final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    final AlpacaServer server = Services.await(AlpacaServer.class);
    final int discoveryPort = 40000 + (int) (ProcessHandle.current().pid() % 20000);
    SimulatedDevice sim;
    Device device;
    AlpacaClient client;
    final Map<String, Integer> numbers = new HashMap<>();

    @BeforeEach
    void connect() throws Exception {
        server.configure(new AlpacaSettings(true, false, "0.0.0.0", 0, discoveryPort));
        sim = Services.await(Simulator.class).start("astrolink4", HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyAlpaca")));
        device = registry.connect("astrolink4", sim.address()).get(15, TimeUnit.SECONDS);
        client = newClient(7);
        for (ServedDevice s : server.devices()) {
            if (s.deviceKey().equals(device.identity().key())) {
                numbers.put(s.deviceType(), s.number());
            }
        }
        Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
    }

    @AfterEach
    void disconnect() throws Exception {
        Services.await(Compensation.class).of(device).ifPresent(c -> c.apply(c.settings().withMode(CompensationMode.OFF)).join());
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        sim.close();
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
    }

    AlpacaClient newClient(long clientId) {
        return new AlpacaClient(server.address().orElseThrow().getPort(), clientId);
    }

    String f(String member) {
        return F + numbers.get("focuser") + "/" + member;
    }

    String s(String member) {
        return S + numbers.get("switch") + "/" + member;
    }

    String o(String member) {
        return O + numbers.get("observingconditions") + "/" + member;
    }

    String m(String member) {
        return M + numbers.get("safetymonitor") + "/" + member;
    }

    /** Connects a client: one Connected=True serves the four types of the device. */
    void connectAll(AlpacaClient c) throws Exception {
        assertEquals(0, c.put(f("connected"), Map.of("Connected", "True")).error());
    }
}
