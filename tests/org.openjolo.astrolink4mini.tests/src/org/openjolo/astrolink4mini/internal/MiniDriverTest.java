package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;

/** The mini through the real registry and I/O worker, on the in-memory link. */
class MiniDriverTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualGen1Device virtual = new VirtualGen1Device(System::nanoTime, AstroLink4MiniFamily.DEVICE);
    private final InMemoryLink link = new InMemoryLink(virtual);
    private Device device;

    private Device connect() throws Exception {
        device = registry.connect(AstroLink4Mini.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
        return device;
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
    }

    private List<String> wire() {
        return link.faults().received();
    }

    @Test
    void handshakeReadsTheMinisBlocksAndOffersItsParts() throws Exception {
        connect();
        assertEquals(List.of("#", "u", "n", "j", "f", "e", "q"), wire().subList(0, 7), "no z block on the mini");
        assertEquals(AstroLink4Mini.MODEL, device.identity().model());
        assertTrue(device.capability(DcFocuser.class).isPresent());
        assertTrue(device.capability(SkySensors.class).isEmpty(), "the mini has no sky sensors");
        Focuser f = device.capability(Focuser.class).orElseThrow();
        assertFalse(f.supports(Setting.MOTOR_CURRENT), "no motor current without the z block");
        assertTrue(f.supports(Setting.SPEED));
        Await.until("telemetry", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.TEMPERATURE_2)).isPresent());
        var t = device.latestTelemetry().orElseThrow();
        assertTrue(t.get(StandardTelemetry.HUMIDITY_2).isEmpty(), "sensor 2 is a temperature only");
        assertTrue(t.get(StandardTelemetry.SKY_TEMPERATURE).isEmpty());
        assertEquals(false, t.get(StandardTelemetry.DC_FOCUSER_RUNNING).orElseThrow());
    }

    @Test
    void aTimedDcRunIsSentRunsAndStopsByItself() throws Exception {
        connect();
        DcFocuser dc = device.capability(DcFocuser.class).orElseThrow();
        dc.run(true, 80, 1500).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("G:1:80:1500"), wire().toString());
        assertTrue(dc.isRunning(), "running from the acknowledgement on");
        Await.until("running in telemetry", WAIT, () -> device.latestTelemetry().flatMap(t -> t.get(StandardTelemetry.DC_FOCUSER_RUNNING)).orElse(false));
        Await.until("stopped by itself", WAIT, () -> !virtual.dcRunning() && !dc.isRunning());

        dc.run(false, 50, 5000).get(10, TimeUnit.SECONDS);
        assertTrue(virtual.dcRunning());
        dc.stop().get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("K"));
        assertFalse(virtual.dcRunning());
        assertEquals(2, virtual.dcRuns());
    }

    /**
     * One limit, one sentence: a run just outside the power or duration the description gives is refused by the
     * driver and by the parser the parts read typed numbers with, in the limit's words, before the wire.
     */
    @ParameterizedTest
    @CsvSource({ "POWER, 9", "POWER, 101", "DURATION, 9", "DURATION, 5001" })
    void aDcRunOutsideTheDescribedLimitsIsRefusedBeforeTheWire(String setting, int value) throws Exception {
        connect();
        DcFocuser dc = device.capability(DcFocuser.class).orElseThrow();
        SettingDescription described = device.description().first(DcFocuser.class).orElseThrow().setting(setting).orElseThrow();
        Limit limit = described.range().orElseThrow();
        String sentence = limit.refusal(described.label(), value);
        link.faults().clearReceived();
        boolean power = setting.equals(DcFocuser.POWER);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> dc.run(true, power ? value : 50, power ? 500 : value).get(5, TimeUnit.SECONDS));
        assertEquals(sentence, e.getCause().getMessage(), "the driver");
        assertEquals(sentence, assertThrows(IllegalArgumentException.class, () -> limit.parse(described.label(), Integer.toString(value))).getMessage(),
                "the DC focuser part's parser");
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("G")), wire().toString());
    }

    @Test
    void reversingTheDcMotorIsField14AndSettingsHaveNoMotorBlock() throws Exception {
        connect();
        DcFocuser dc = device.capability(DcFocuser.class).orElseThrow();
        dc.setReversed(true).get(10, TimeUnit.SECONDS);
        assertTrue(wire().contains("U:25000:220:0:100:440:0:0:1:257:0:0:0:0:1:1:0:0:"), wire().toString());
        assertTrue(dc.isReversed());
        Map<String, String> all = device.capability(DeviceSettings.class).orElseThrow().exportSettings().get(10, TimeUnit.SECONDS);
        assertFalse(all.containsKey("device.z"), all.toString());
        assertEquals("25000:220:0:100:440:0:0:1:257:0:0:0:0:1:1:0:0", all.get("device.u"));
        Focuser f = device.capability(Focuser.class).orElseThrow();
        link.faults().clearReceived();
        f.applySettings(f.settings().withSpeed(300).withAcceleration(600)).get(10, TimeUnit.SECONDS);
        assertTrue(wire().stream().noneMatch(r -> r.startsWith("z") || r.startsWith("Z")), wire().toString());
        assertTrue(wire().contains("U:25000:300:0:100:600:0:0:1:257:0:0:0:0:1:1:0:0:"), wire().toString());
    }
}
