package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Services;

/**
 * One limit, one sentence: for each number setting of the AstroLink 4 USB's focuser, a value just outside the
 * limit its description gives is refused by the driver, by settings import (its field in the device's block)
 * and by the parser the Settings part reads typed text with, all in the limit's words, and nothing reaches
 * the wire.
 */
class FocuserLimitsTest {

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final InMemoryLink link = new InMemoryLink(new VirtualAstroLink4(System::nanoTime));
    private Device device;

    @BeforeEach
    void connect() throws Exception {
        device = registry.connect(AstroLink4.FAMILY_ID, link).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() throws Exception {
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
    }

    /**
     * @param setting   the setting
     * @param value     a value just outside its limit
     * @param block     the settings block that holds it on the device
     * @param field     its field in that block (0-based)
     * @param wire      the value as that field holds it
     */
    @ParameterizedTest
    @CsvSource({ "MAX_POSITION, 10000001, device.u, 0, 10000001", "SPEED, 4001, device.u, 1, 4001", "SPEED, 0, device.u, 1, 0",
            "HOLD_TORQUE, 101, device.u, 2, 101", "ACCELERATION, 100001, device.u, 4, 100001", "STEP_SIZE, 100.5, device.u, 8, 10050",
            "MOTOR_CURRENT, 1501, device.z, 0, 1501", "MOTOR_CURRENT, 99, device.z, 0, 99" })
    void everyPlaceRefusesInTheWordsOfTheOneLimit(Setting setting, double value, String block, int field, String wire) throws Exception {
        SettingDescription described = device.description().first(Focuser.class).orElseThrow().setting(setting.name()).orElseThrow();
        Limit limit = described.range().orElseThrow();
        String sentence = limit.refusal(described.label(), limit.format(value));
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        link.faults().clearReceived();

        DeviceException byDriver = refused(focuser.applySettings(with(focuser.settings(), setting, value)));
        assertEquals(sentence, byDriver.getMessage(), "the driver");
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("U:") || r.startsWith("Z:")),
                "nothing written by the refused driver call (polls go on): " + link.faults().received());

        DeviceSettings settings = device.capability(DeviceSettings.class).orElseThrow();
        Map<String, String> file = new TreeMap<>(settings.exportSettings().get(10, TimeUnit.SECONDS));
        String[] fields = file.get(block).split(":");
        fields[field] = wire;
        file.put(block, String.join(":", fields));
        link.faults().clearReceived();
        DeviceException byImport = refused(settings.importSettings(file));
        assertEquals("Setting '" + block + "': " + sentence, byImport.getMessage(), "settings import");

        IllegalArgumentException byPart = assertThrows(IllegalArgumentException.class, () -> limit.parse(described.label(), limit.format(value)));
        assertEquals(sentence, byPart.getMessage(), "the Settings part's parser");
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("U:") || r.startsWith("Z:")), "nothing written: " + link.faults().received());
    }

    private static FocuserSettings with(FocuserSettings s, Setting setting, double v) {
        BiFunction<FocuserSettings, Integer, FocuserSettings> whole = switch (setting) {
            case MAX_POSITION -> FocuserSettings::withMaxPosition;
            case SPEED -> FocuserSettings::withSpeed;
            case ACCELERATION -> FocuserSettings::withAcceleration;
            case HOLD_TORQUE -> (x, n) -> new FocuserSettings(x.maxPosition(), x.reversed(), x.stepSizeMicrons(), x.backlash(), x.speed(),
                    x.acceleration(), x.motorCurrentMa(), n, x.mode());
            case MOTOR_CURRENT -> (x, n) -> new FocuserSettings(x.maxPosition(), x.reversed(), x.stepSizeMicrons(), x.backlash(), x.speed(),
                    x.acceleration(), n, x.holdTorquePercent(), x.mode());
            default -> null;
        };
        if (setting == Setting.STEP_SIZE) {
            return new FocuserSettings(s.maxPosition(), s.reversed(), v, s.backlash(), s.speed(), s.acceleration(), s.motorCurrentMa(),
                    s.holdTorquePercent(), s.mode());
        }
        return whole.apply(s, (int) v);
    }

    private static DeviceException refused(java.util.concurrent.CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(DeviceException.class, e.getCause());
    }
}
