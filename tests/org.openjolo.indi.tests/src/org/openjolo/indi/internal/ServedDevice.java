package org.openjolo.indi.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.indi.IndiServer;
import org.openjolo.indi.IndiSettings;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/**
 * A simulated device on a pseudo-terminal, connected to the workbench and served over INDI on an ephemeral
 * loopback port, for tests that talk to it with the real INDI tools.
 */
abstract class ServedDevice {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    final IndiServer server = Services.await(IndiServer.class);
    SimulatedDevice sim;
    Device device;
    int port;

    /** The family simulated. */
    String family() {
        return "astrolink4";
    }

    /** The INDI device name it is served as. */
    abstract String indiName();

    @BeforeEach
    void connect() throws Exception {
        server.configure(new IndiSettings(true, false, "0.0.0.0", 0));
        port = server.address().orElseThrow().getPort();
        sim = Services.await(Simulator.class).start(family(), HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyIndi")));
        device = registry.connect(family(), sim.address()).get(15, TimeUnit.SECONDS);
        Await.until("first telemetry", WAIT, () -> device.latestTelemetry().isPresent());
        Await.until(indiName() + " served", WAIT, () -> server.devices().contains(indiName()), () -> server.devices().toString());
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device.state() != ConnectionState.CLOSED) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
        sim.close();
        // the next test's device gets the same name only once this one is gone
        Await.until(indiName() + " gone", WAIT, () -> !server.devices().contains(indiName()), () -> server.devices().toString());
        server.configure(IndiSettings.DEFAULT.withPort(0));
    }

    /** "device.property.element" of this device. */
    String p(String propertyAndElement) {
        return indiName() + "." + propertyAndElement;
    }
}
