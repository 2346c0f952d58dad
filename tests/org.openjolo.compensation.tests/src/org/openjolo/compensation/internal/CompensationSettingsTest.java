package org.openjolo.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;

/** The compensation settings are checked against their limits and against the sensors the device describes. */
class CompensationSettingsTest {

    /** Sensor 1 measures temperature, sensor 2 only humidity, sensor 3 temperature again. */
    private static final DeviceDescription DEVICE = new DeviceDescription(List.of(StandardCapabilities.environmentSensor(1, false),
            CapabilityDescription.builder(EnvironmentSensors.class, "hygro", "Hygrometer")
                    .channel(Channel.number(org.openjolo.core.StandardTelemetry.humidity(2), Quantities.HUMIDITY, 0)).build(),
            StandardCapabilities.environmentSensor(3, false)));

    private static CompensationSettings withSensor(int sensor) {
        return new CompensationSettings(CompensationMode.AUTO, 35, 10, sensor, Duration.ofMinutes(2));
    }

    @Test
    void theSensorMustBeATemperatureSensorOfTheDevice() {
        assertEquals(List.of(1, 3), CompensationSettings.temperatureSensors(DEVICE));
        assertEquals(withSensor(3), withSensor(3).validate(DEVICE));
        for (int sensor : new int[] { 2, 4 }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withSensor(sensor).validate(DEVICE));
            assertEquals("Sensor " + sensor + " is not one of this device's temperature sensors: choose 1 (Sensor #1), 3 (Sensor #3)", e.getMessage());
        }
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> withSensor(1).validate(DeviceDescription.EMPTY));
        assertEquals("This device has no temperature sensor to compensate with: choose OFF", none.getMessage());
        CompensationSettings off = withSensor(1).withMode(CompensationMode.OFF);
        assertEquals(off, off.validate(DeviceDescription.EMPTY), "switched off, nothing reads the sensor");
    }

    @Test
    void everyNumberIsRefusedInTheWordsOfItsLimit() {
        assertEquals(CompensationSettings.COEFFICIENT.refusal("Compensation", 1000.5), assertThrows(IllegalArgumentException.class,
                () -> new CompensationSettings(CompensationMode.AUTO, 1000.5, 10, 1, Duration.ofMinutes(2)).validate()).getMessage());
        assertEquals("Threshold 0 is outside the allowed range 1 to 1000 steps", assertThrows(IllegalArgumentException.class,
                () -> new CompensationSettings(CompensationMode.AUTO, 35, 0, 1, Duration.ofMinutes(2)).validate()).getMessage());
        assertEquals("The smoothing window 3600 is outside the allowed range 1 to 1800 s", assertThrows(IllegalArgumentException.class,
                () -> new CompensationSettings(CompensationMode.AUTO, 35, 10, 1, Duration.ofHours(1)).validate()).getMessage());
    }

    @Test
    void theFirstFocuserKeepsItsKeysAndAnotherHasItsOwn() {
        assertEquals("compensation.mode", SettingsStore.key("focuser", "mode"));
        assertEquals("focuser2.compensation.mode", SettingsStore.key("focuser2", "mode"));
        assertEquals("compensation.implementation", CompensationService.implementationKey("focuser"));
        assertEquals("focuser2.compensation.implementation", CompensationService.implementationKey("focuser2"));
    }
}
