package org.openjolo.astrolink4.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.sim.VirtualAstroLink4;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.ProtectionSettings;
import org.openjolo.core.capability.PwmMode;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.PwmSettings;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.capability.SkySensors.SqmCalibration;
import org.openjolo.core.Capability;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.SettingDescription;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Services;

/**
 * One limit, one sentence, for each capability of the AstroLink 4 USB that takes numbers: a value just outside the limit the device's description gives is refused by the driver, by settings import
 * where the device keeps the value in a block, by the Alpaca server where a client sets it, and by the parser
 * the parts read typed text with, all in the limit's words; nothing is written to the device or the profile.
 */
class CapabilityLimitsTest {

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final InMemoryLink link = new InMemoryLink(new VirtualAstroLink4(System::nanoTime));
    private final HttpClient http = HttpClient.newHttpClient();
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
    void focuserSettings(Setting setting, double value, String block, int field, String wire) throws Exception {
        SettingDescription described = device.description().first(Focuser.class).orElseThrow().setting(setting.name()).orElseThrow();
        Limit limit = described.range().orElseThrow();
        String sentence = limit.refusal(described.label(), limit.format(value));
        Focuser focuser = device.capability(Focuser.class).orElseThrow();
        link.faults().clearReceived();

        DeviceException byDriver = refused(focuser.applySettings(with(focuser.settings(), setting, value)));
        assertEquals(sentence, byDriver.getMessage(), "the driver");
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("U:") || r.startsWith("Z:")),
                "nothing written by the refused driver call (polls go on): " + link.faults().received());

        link.faults().clearReceived();
        assertEquals("Setting '" + block + "': " + sentence, importRefusal(block, field, wire), "settings import");

        IllegalArgumentException byPart = assertThrows(IllegalArgumentException.class, () -> limit.parse(described.label(), limit.format(value)));
        assertEquals(sentence, byPart.getMessage(), "the Settings part's parser");
        assertTrue(link.faults().received().stream().noneMatch(r -> r.startsWith("U:") || r.startsWith("Z:")), "nothing written: " + link.faults().received());
    }

    /**
     * @param setting the protection setting
     * @param value   a value just outside its limit
     * @param field   its field in the {@code n} block (0-based)
     * @param wire    the value as that field holds it
     */
    @ParameterizedTest
    @CsvSource({ "OVER_VOLTAGE, 14.1, 1, 141", "OVER_VOLTAGE, 9.9, 1, 99", "OVER_CURRENT, 10.1, 2, 101", "OVER_CURRENT, 0.9, 2, 9",
            "SENSITIVITY, 501, 3, 501", "SENSITIVITY, 9, 3, 9", "ADC_REFERENCE, 1.201, 0, 1201", "ADC_REFERENCE, 0.899, 0, 899" })
    void powerProtection(String setting, double value, int field, String wire) throws Exception {
        SettingDescription described = setting(PowerMonitor.class, setting);
        String sentence = sentence(described, value);
        PowerMonitor power = device.capability(PowerMonitor.class).orElseThrow();
        ProtectionSettings before = power.protection();
        link.faults().clearReceived();

        assertEquals(sentence, refused(power.applyProtection(with(before, setting, value))).getMessage(), "the driver");

        assertEquals("Setting 'device.n': " + sentence, importRefusal("device.n", field, wire), "settings import");

        assertEquals(sentence, parsed(described, value), "the Power part's parser");
        assertNothingWritten("N:");
        assertEquals(before, power.protection());
    }

    /**
     * The firmware's compensation settings, kept in the {@code e} block.
     *
     * @param field its field in the {@code e} block (0-based)
     * @param wire  the value as that field holds it (the coefficient in hundredths)
     */
    @ParameterizedTest
    @CsvSource({ "COEFFICIENT, 1000.01, 1, 100001", "COEFFICIENT, -1000.5, 1, -100050", "THRESHOLD, 1001, 4, 1001", "THRESHOLD, 0, 4, 0",
            "CYCLE, 3601, 0, 3601" })
    void firmwareCompensation(String setting, double value, int field, String wire) throws Exception {
        SettingDescription described = setting(FirmwareCompensation.class, setting);
        String sentence = sentence(described, value);
        FirmwareCompensation firmware = device.capability(FirmwareCompensation.class).orElseThrow();
        FirmwareCompensation.Config c = firmware.config();
        FirmwareCompensation.Config wanted = switch (setting) {
            case FirmwareCompensation.COEFFICIENT -> new FirmwareCompensation.Config(value, c.threshold(), c.sensor(), c.automatic(), c.cycleSeconds());
            case FirmwareCompensation.THRESHOLD -> new FirmwareCompensation.Config(c.coefficient(), (int) value, c.sensor(), c.automatic(), c.cycleSeconds());
            default -> new FirmwareCompensation.Config(c.coefficient(), c.threshold(), c.sensor(), c.automatic(), (int) value);
        };
        link.faults().clearReceived();
        assertEquals(sentence, refused(firmware.configure(wanted)).getMessage(), "the driver");

        assertEquals("Setting 'device.e': " + sentence, importRefusal("device.e", field, wire), "settings import");
        assertEquals(sentence, parsed(described, value), "the parser");
        assertNothingWritten("E:");
        assertEquals(c, firmware.config());
    }

    /** A duty outside 0–100 %, on PWM A and B. */
    @ParameterizedTest
    @CsvSource({ "0, 101", "1, -1" })
    void pwmDuty(int index, int value) throws Exception {
        Channel<?> duty = device.description().first(PwmOutputs.class).orElseThrow().channels().get(index);
        Limit limit = duty.range().orElseThrow();
        String sentence = limit.refusal(duty.label(), value);
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        link.faults().clearReceived();

        assertEquals(sentence, refused(pwm.setDuty(index, value)).getMessage(), "the driver");

        AlpacaServer server = Services.await(AlpacaServer.class);
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
        int sw = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals("switch"))
                .mapToInt(ServedDevice::number).findFirst().orElseThrow();
        int id = device.description().first(PowerSwitches.class).orElseThrow().channels().size() + index;
        assertTrue(put(server, "/api/v1/switch/" + sw + "/connected", "Connected=True").contains("\"ErrorNumber\":0"));
        String reply = put(server, "/api/v1/switch/" + sw + "/setswitchvalue", "Id=" + id + "&Value=" + value);
        assertTrue(reply.contains("\"ErrorNumber\":1025"), reply);
        assertTrue(reply.contains("\"ErrorMessage\":\"" + sentence + "\""), "the Alpaca server: " + reply);

        assertEquals(sentence, parsed(limit, duty.label(), value), "the Outputs part's parser");
        assertNothingWritten("B:");
    }

    /** HEAT and AUTO parameters, which the workbench keeps in the device profile. */
    @ParameterizedTest
    @CsvSource({ "HEAT_POWER, 101", "HEAT_POWER, -1", "HEAT_START, 100", "PRESET_TEMPERATURE, 60.5", "PRESET_TEMPERATURE, -40.5" })
    void pwmParameters(String setting, double value) throws Exception {
        SettingDescription described = setting(PwmOutputs.class, setting);
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        PwmSettings before = pwm.settings(0);
        PwmSettings s = before.withMode(PwmMode.AUTO);
        PwmSettings wanted = switch (setting) {
            case PwmOutputs.HEAT_POWER -> new PwmSettings(s.mode(), (int) value, s.heatStartHumidity(), s.autoSensor(), s.presetTemperature(), s.reversed());
            case PwmOutputs.HEAT_START -> new PwmSettings(s.mode(), s.heatPowerAtMaxHumidity(), (int) value, s.autoSensor(), s.presetTemperature(), s.reversed());
            default -> new PwmSettings(s.mode(), s.heatPowerAtMaxHumidity(), s.heatStartHumidity(), s.autoSensor(), value, s.reversed());
        };
        String sentence = sentence(described, value);

        assertEquals(sentence, refused(pwm.applySettings(0, wanted)).getMessage(), "the driver");
        assertEquals(sentence, parsed(described, value), "the Outputs part's parser");
        assertEquals(before, pwm.settings(0), "nothing stored");
    }

    /** A regulated sensor the device does not have is refused, naming the ones it has. */
    @ParameterizedTest
    @CsvSource({ "3", "0" })
    void pwmAutoSensor(int sensor) throws Exception {
        PwmOutputs pwm = device.capability(PwmOutputs.class).orElseThrow();
        PwmSettings before = pwm.settings(1);
        PwmSettings wanted = new PwmSettings(PwmMode.AUTO, 100, 50, sensor, 5, false);
        assertEquals("Regulated sensor " + sensor + " is not one of this device's temperature sensors: 1, 2",
                refused(pwm.applySettings(1, wanted)).getMessage());
        assertEquals(before, pwm.settings(1), "nothing stored");
    }

    /** The cloud thresholds and the SQM calibration the workbench applies. */
    @ParameterizedTest
    @CsvSource({ "CLOUD_THRESHOLD, 60.5", "CLOUD_THRESHOLD, -20.5", "SQM_OFFSET, 5.01", "SQM_OFFSET, -5.5", "SQM_COEFFICIENT, 0.499",
            "SQM_COEFFICIENT, 1.6" })
    void sky(String setting, double value) {
        SettingDescription described = setting(SkySensors.class, setting);
        SkySensors sky = device.capability(SkySensors.class).orElseThrow();
        double[] thresholds = sky.cloudThresholds();
        SqmCalibration calibration = sky.sqmCalibration();
        String sentence = sentence(described, value);
        IllegalArgumentException byDriver;
        if (setting.equals(SkySensors.CLOUD_THRESHOLD)) {
            double[] t = thresholds.clone();
            // the first or the last, so that the four still ascend
            t[value < t[0] ? 0 : 3] = value;
            byDriver = assertThrows(IllegalArgumentException.class, () -> sky.setCloudThresholds(t));
            sentence = sentence.replaceFirst("^" + described.label(), described.label() + " " + (value < thresholds[0] ? 1 : 4));
        } else {
            SqmCalibration c = setting.equals(SkySensors.SQM_OFFSET) ? new SqmCalibration(value, 1) : new SqmCalibration(0, value);
            byDriver = assertThrows(IllegalArgumentException.class, () -> sky.setSqmCalibration(c));
        }
        assertEquals(sentence, byDriver.getMessage(), "the driver");
        assertEquals(sentence(described, value), parsed(described, value), "the Environment part's parser");
        assertTrue(Arrays.equals(thresholds, sky.cloudThresholds()), "thresholds kept: " + Arrays.toString(sky.cloudThresholds()));
        assertEquals(calibration, sky.sqmCalibration(), "calibration kept");
    }

    /**
     * Exports the device's settings, puts {@code wire} into field {@code field} of {@code block} (0-based) and
     * imports the file: the refusal's message.
     */
    private String importRefusal(String block, int field, String wire) throws Exception {
        DeviceSettings settings = device.capability(DeviceSettings.class).orElseThrow();
        Map<String, String> file = new TreeMap<>(settings.exportSettings().get(10, TimeUnit.SECONDS));
        String[] fields = file.get(block).split(":");
        fields[field] = wire;
        file.put(block, String.join(":", fields));
        return refused(settings.importSettings(file)).getMessage();
    }

    private SettingDescription setting(Class<? extends Capability> type, String id) {
        return device.description().first(type).orElseThrow().setting(id).orElseThrow(() -> new AssertionError(type.getSimpleName() + " describes no " + id));
    }

    private static String sentence(SettingDescription s, double value) {
        return s.range().orElseThrow().refusal(s.label(), s.range().orElseThrow().format(value));
    }

    private static String parsed(SettingDescription s, double value) {
        return parsed(s.range().orElseThrow(), s.label(), value);
    }

    private static String parsed(Limit limit, String label, double value) {
        return assertThrows(IllegalArgumentException.class, () -> limit.parse(label, limit.format(value))).getMessage();
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

    private static ProtectionSettings with(ProtectionSettings p, String setting, double v) {
        return switch (setting) {
            case PowerMonitor.OVER_VOLTAGE -> new ProtectionSettings(v, p.overCurrent(), p.sensitivityMs(), p.adcReference());
            case PowerMonitor.OVER_CURRENT -> new ProtectionSettings(p.overVoltage(), v, p.sensitivityMs(), p.adcReference());
            case PowerMonitor.SENSITIVITY -> new ProtectionSettings(p.overVoltage(), p.overCurrent(), (int) v, p.adcReference());
            default -> new ProtectionSettings(p.overVoltage(), p.overCurrent(), p.sensitivityMs(), v);
        };
    }

    private String put(AlpacaServer server, String path, String form) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().orElseThrow().getPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(form + "&ClientID=3&ClientTransactionID=11")).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString()).body();
    }

    private void assertNothingWritten(String command) {
        List<String> received = link.faults().received();
        assertTrue(received.stream().noneMatch(r -> r.startsWith(command)), "nothing written (polls go on): " + received);
    }

    private static DeviceException refused(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(DeviceException.class, e.getCause());
    }
}
