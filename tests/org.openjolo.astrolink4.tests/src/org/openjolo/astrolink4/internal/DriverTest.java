package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** The driver through the real registry and I/O worker, on the in-memory link (fast). */
class DriverTest {

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualAstroLink4 virtual = new VirtualAstroLink4(System::nanoTime);
    private final InMemoryLink link = new InMemoryLink(virtual);
    private Device device;

    private Focuser connect() throws Exception {
        device = registry.connect(AstroLink4.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        return device.capability(Focuser.class).orElseThrow();
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void handshakeReadsIdentityAndSettings() throws Exception {
        Focuser f = connect();
        assertEquals(List.of("#", "u", "z", "n", "j", "f", "e", "q"), link.faults().received().subList(0, 8));
        assertEquals("AstroLink4mini", device.identity().firmware());
        assertEquals(AstroLink4.MODEL, device.identity().model());
        FocuserSettings s = f.settings();
        assertEquals(25000, s.maxPosition());
        assertEquals(220, s.speed());
        assertEquals(440, s.acceleration());
        assertEquals(2.57, s.stepSizeMicrons());
        assertEquals(400, s.motorCurrentMa());
        assertEquals(StepperMode.UNIPOLAR, s.mode());
        assertFalse(s.reversed());
        assertEquals(10000, f.position());
    }

    @Test
    void settingsAreWrittenByReadModifyWriteAndReadBack() throws Exception {
        Focuser f = connect();
        f.applySettings(f.settings().withSpeed(1500).withAcceleration(3000).withMaxPosition(40000).withReversed(true))
                .get(10, TimeUnit.SECONDS);
        List<String> wire = link.faults().received();
        assertTrue(wire.contains("U:40000:1500:0:100:3000:1:0:1:257:0:0:0:0:0:1:0:0:"), wire.toString());
        assertTrue(wire.contains("Z:400:3:"), wire.toString());
        assertEquals(40000, f.settings().maxPosition());
        assertTrue(f.settings().reversed());
        assertEquals(1500, f.settings().speed());
    }

    @Test
    void invalidSettingsAreRefusedWithTheRangeAndNothingIsWritten() throws Exception {
        Focuser f = connect();
        link.faults().clearReceived();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> f.applySettings(f.settings().withSpeed(5000)).get(10, TimeUnit.SECONDS));
        DeviceException cause = assertInstanceOf(DeviceException.class, e.getCause());
        assertEquals(Reason.INVALID_VALUE, cause.reason());
        assertEquals("Speed 5000 is outside the allowed range 1 to 4000 pps", cause.getMessage());
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("U") || r.startsWith("u")));
    }

    @Test
    void telemetryCarriesEnvironmentAndPowerAndAbsentSensorsAreAbsent() throws Exception {
        virtual.setSensors(true, false, true, false);
        connect();
        Await.until("a poll", Duration.ofSeconds(5), () -> device.latestTelemetry().isPresent());
        var t = device.latestTelemetry().orElseThrow();
        assertTrue(t.has(StandardTelemetry.TEMPERATURE_1));
        assertTrue(t.has(StandardTelemetry.DEW_POINT_1));
        assertTrue(t.has(StandardTelemetry.SKY_AMBIENT_DIFFERENCE));
        assertTrue(t.has(StandardTelemetry.INPUT_VOLTAGE));
        assertFalse(t.has(StandardTelemetry.TEMPERATURE_2), "sensor 2 unplugged");
        assertFalse(t.has(StandardTelemetry.SKY_QUALITY), "no SQM");
        assertTrue(t.get(StandardTelemetry.SKY_AMBIENT_DIFFERENCE).orElseThrow() > 15, "clear sky: ambient well above sky");
    }

    @Test
    void resetOnConnectPowerCyclesTheDeviceThroughTheLine() throws Exception {
        connect();
        device.capability(org.openjolo.core.capability.PowerSwitches.class).orElseThrow().set(1, true).get(10, TimeUnit.SECONDS);
        assertEquals("C:", virtual.handle("C:1:1"));
        org.openjolo.core.capability.DeviceSettings settings = device.capability(org.openjolo.core.capability.DeviceSettings.class).orElseThrow();
        settings.setResetOnConnect(true);
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
        device = registry.connect(AstroLink4.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        Await.until("a poll", Duration.ofSeconds(5), () -> device.latestTelemetry().isPresent());
        assertFalse(device.latestTelemetry().orElseThrow().get(StandardTelemetry.output(1)).orElseThrow(),
                "output 2 is back to its power-up state (off): the device was reset");
        assertTrue(device.latestTelemetry().orElseThrow().get(StandardTelemetry.output(0)).orElseThrow(), "output 1 is on at power-up");
        device.capability(org.openjolo.core.capability.DeviceSettings.class).orElseThrow().setResetOnConnect(false);
    }

    @Test
    void corruptedRepliesAreMissesAndTheDeviceRecovers() throws Exception {
        connect();
        link.faults().corruptNext(5);
        Await.until("LOST after garbled replies", Duration.ofSeconds(10), () -> device.state() != ConnectionState.CONNECTED);
        Await.until("CONNECTED again", Duration.ofSeconds(15), () -> device.state() == ConnectionState.CONNECTED);
    }
}
