package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** The maker's "S:N" through the Alpaca server, as an imaging program's script sends it, with a real temperature change. */
class AlpacaCompensationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final AlpacaServer server = Services.await(AlpacaServer.class);
    private final VirtualAstroLink4 virtual = new VirtualAstroLink4(System::nanoTime);
    private final InMemoryLink link = new InMemoryLink(virtual);
    private final HttpClient http = HttpClient.newHttpClient();
    private Device device;
    private CompensationControl control;
    private String focuser;

    @BeforeEach
    void connect() throws Exception {
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
        virtual.setAmbientTemperature(14.0);
        device = registry.connect(AstroLink4.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        Focuser f = device.capability(Focuser.class).orElseThrow();
        f.applySettings(f.settings().withSpeed(2000).withAcceleration(4000).withBacklash(0)).get(10, TimeUnit.SECONDS);
        control = Services.await(Compensation.class).use(device, CompensationControl.Implementation.DEVICE_FIRMWARE).orElseThrow();
        int n = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals("focuser"))
                .mapToInt(ServedDevice::number).findFirst().orElseThrow();
        focuser = "http://127.0.0.1:" + server.address().orElseThrow().getPort() + "/api/v1/focuser/" + n + "/";
        assertTrue(put("connected", "Connected=True").contains("\"ErrorNumber\":0"));
    }

    @AfterEach
    void disconnect() throws Exception {
        control.apply(control.settings().withMode(CompensationMode.OFF)).get(10, TimeUnit.SECONDS);
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
    }

    private String put(String member, String form) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(focuser + member)).header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(form + "&ClientID=3&ClientTransactionID=11")).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void commandStringSnCompensatesOnlyAbovePendingN() throws Exception {
        control.apply(new CompensationSettings(CompensationMode.MANUAL, 35, 10, 1, Duration.ofSeconds(30))).get(10, TimeUnit.SECONDS);
        virtual.setAmbientTemperature(13.0);
        Await.until("35 steps pending", WAIT, () -> control.pending().orElse(0) == -35);
        link.faults().clearReceived();
        assertTrue(put("commandstring", "Command=S:50&Raw=True").contains("\"Value\":\"S:0\""), "35 does not exceed 50");
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("S")), link.faults().received().toString());
        String applied = put("commandstring", "Command=S:20&Raw=True");
        assertTrue(applied.contains("\"Value\":\"S:-35\""), applied);
        assertTrue(link.faults().received().contains("S:20"), "the device's own S:N: " + link.faults().received());
        Focuser f = device.capability(Focuser.class).orElseThrow();
        Await.until("compensated to 9965", WAIT, () -> !f.isMoving() && f.position() == 9965);
        assertEquals(9965, f.position());
    }
}
