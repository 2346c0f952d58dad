package org.openjolo.core.description;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjolo.core.DeviceException;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.PwmOutputs;

class DescriptionTest {

    private static final Limit SPEED = Limit.whole(1, 4000, "pps");
    private static final Limit STEP = Limit.of(0, 100, "µm", 2);

    @ParameterizedTest
    @CsvSource({ "1,true", "4000,true", "0,false", "4001,false", "2.5,false" })
    void aWholeLimitAllowsItsRangeOnly(double value, boolean allowed) {
        assertEquals(allowed, SPEED.allows(value));
    }

    @Test
    void everyRefusalNamesTheRangeInTheSameWords() throws Exception {
        DeviceException e = assertThrows(DeviceException.class, () -> SPEED.check("Speed", 5000));
        assertEquals(DeviceException.Reason.INVALID_VALUE, e.reason());
        assertEquals("Speed 5000 is outside the allowed range 1 to 4000 pps", e.getMessage());
        assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class, () -> SPEED.parse("Speed", "5000")).getMessage());
        assertEquals("Speed must be a whole number from 1 to 4000 pps, not 2.5",
                assertThrows(DeviceException.class, () -> SPEED.check("Speed", 2.5)).getMessage());
        assertEquals("Step size -1 is outside the allowed range 0 to 100 µm", assertThrows(DeviceException.class, () -> STEP.check("Step size", -1)).getMessage());
        SPEED.check("Speed", 4000);
    }

    @ParameterizedTest
    @CsvSource(value = { "''|Speed is empty: the allowed range is 1 to 4000 pps", "abc|Speed 'abc' is outside the allowed range 1 to 4000 pps",
            "5d|Speed '5d' is outside the allowed range 1 to 4000 pps", "0x10|Speed '0x10' is outside the allowed range 1 to 4000 pps",
            "NaN|Speed 'NaN' is outside the allowed range 1 to 4000 pps" }, delimiter = '|')
    void typedTextThatIsNotADecimalNumberIsRefusedWithTheRange(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> SPEED.parse("Speed", text)).getMessage());
    }

    @Test
    void typedNumbersAreRead() {
        assertEquals(220, SPEED.parse("Speed", " 220 "));
        assertEquals(0.45, STEP.parse("Step size", "0.45"));
        assertEquals("0.45", STEP.format(0.45));
        assertEquals("12", STEP.format(12.0));
        assertEquals("-10000", StandardCapabilities.BACKLASH.format(-10000));
        assertEquals("Speed 2.5 is outside the allowed range 1 to 4000 pps", SPEED.refusal("Speed", 2.5), "not rounded to 3");
    }

    @Test
    void aLimitRefusesToBeUpsideDown() {
        assertThrows(IllegalArgumentException.class, () -> Limit.whole(5, 1, ""));
    }

    @Test
    void aSecondFocuserGetsKeysOfItsOwnAndTheFirstKeepsTheStandardOnes() {
        CapabilityDescription first = StandardCapabilities.focuser("focuser", "Focuser", List.of());
        CapabilityDescription second = StandardCapabilities.focuser("focuser2", "Focuser 2", List.of());
        assertEquals(StandardTelemetry.FOCUSER_POSITION, first.channel(Quantities.POSITION).orElseThrow().key());
        TelemetryKey<?> other = second.channel(Quantities.POSITION).orElseThrow().key();
        assertEquals("focuser2.position", other.id());
        assertEquals("Focuser 2 position", other.label());
        DeviceDescription d = new DeviceDescription(List.of(first, second));
        assertEquals(2, d.of(Focuser.class).size());
        assertEquals("focuser2", d.owner("focuser2.moving").orElseThrow().id());
    }

    @Test
    void aNamedFirstFocuserRelabelsTheStandardKeysAndTelemetryStillFindsThem() {
        CapabilityDescription one = StandardCapabilities.focuser("focuser", "Focuser 1", List.of());
        TelemetryKey<?> relabelled = one.channel(Quantities.POSITION).orElseThrow().key();
        assertEquals("Focuser 1 position", relabelled.label());
        assertEquals(StandardTelemetry.FOCUSER_POSITION, relabelled, "the same value: id and type match");
        assertEquals(StandardTelemetry.FOCUSER_POSITION.hashCode(), relabelled.hashCode());
        // the driver publishes the standard key; a consumer reading the description's key finds the value
        Telemetry t = Telemetry.at(Instant.EPOCH).put(StandardTelemetry.FOCUSER_POSITION, 1234).build();
        assertEquals(1234, t.values().get(relabelled));
        assertTrue(t.has(relabelled));
        assertFalse(new TelemetryKey<>("focuser.position", Double.class, "steps", "x").equals(StandardTelemetry.FOCUSER_POSITION),
                "another type is another value");
    }

    @Test
    void idsAreUniqueWithinADevice() {
        CapabilityDescription f = StandardCapabilities.focuser("focuser", "Focuser", List.of());
        assertThrows(IllegalArgumentException.class, () -> new DeviceDescription(List.of(f, f)));
        CapabilityDescription clash = CapabilityDescription.builder(Focuser.class, "other", "Other")
                .channel(Channel.number(StandardTelemetry.FOCUSER_POSITION, Quantities.POSITION, 0)).build();
        assertThrows(IllegalArgumentException.class, () -> new DeviceDescription(List.of(f, clash)));
        assertThrows(IllegalArgumentException.class, () -> CapabilityDescription.of(Focuser.class, "focuser 2", "x"));
    }

    @Test
    void aChannelCarriesValuesOfItsKind() {
        assertThrows(IllegalArgumentException.class,
                () -> new Channel<>(new TelemetryKey<>("x.on", Boolean.class, "", "X"), "x", ChannelKind.NUMBER, null, List.of(), 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Channel<>(new TelemetryKey<>("x.mode", String.class, "", "X"), "x", ChannelKind.CHOICE, null, List.of(), 0, false));
        Channel<String> mode = Channel.choice(new TelemetryKey<>("x.mode", String.class, "", "Mode"), "mode", List.of("A", "B"));
        assertFalse(mode.isChartable());
    }

    @Test
    void standardShapesCarryTheirLimitsAndSensorsTheirQuantities() {
        CapabilityDescription pwm = StandardCapabilities.pwm(4);
        assertEquals(PwmOutputs.class, pwm.type());
        assertEquals(4, pwm.channels(Quantities.DUTY).size());
        assertEquals("PWM D", pwm.channels().get(3).label());
        assertTrue(pwm.channels().get(0).writable());
        assertEquals("0 to 100 %", pwm.channels().get(0).range().orElseThrow().range());
        CapabilityDescription sensor = StandardCapabilities.environmentSensor(2, false);
        assertEquals(EnvironmentSensors.class, sensor.type());
        assertEquals(List.of(StandardTelemetry.TEMPERATURE_2), sensor.channels().stream().map(Channel::key).toList());
    }

    @Test
    void focuserSettingsHaveOneLabelAndTheirLimit() throws Exception {
        SettingDescription speed = StandardCapabilities.focuserSetting(Setting.SPEED, SPEED);
        assertEquals("Speed [pps]", speed.labelWithUnit());
        assertTrue(speed.tooltip().startsWith("1 to 4000 pps: "));
        assertEquals("Speed 0 is outside the allowed range 1 to 4000 pps", assertThrows(DeviceException.class, () -> speed.check(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StandardCapabilities.focuserSetting(Setting.REVERSED, SPEED));
        assertEquals(4, StandardCapabilities.focuserSetting(Setting.MODE).choices().size());
    }
}
