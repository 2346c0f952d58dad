package org.openjolo.alerts;

import java.util.List;
import java.util.Optional;

import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;

/**
 * Values that rules can watch beyond the device's own telemetry, computed by the alerts service from it: the
 * temperature change since a start the operator can reset (the manual's temperature change monitor), the
 * margin between a sensor's temperature and its dew point, and whether the device's protection has tripped.
 *
 * <p>A sensor is numbered by the position of its {@link EnvironmentSensors} instance in the device's
 * {@link DeviceDescription}, from 1: sensor 1 is the first such instance, as in the {@code env.*1} rule ids.</p>
 */
public final class AlertValues {

    private AlertValues() {
    }

    private static final String TEMPERATURE_CHANGE = "alerts.temperatureChange.";
    private static final String DEW_POINT_MARGIN = "alerts.dewPointMargin.";

    /** 1 while the device's over-voltage/over-current protection has switched the outputs off, else 0. */
    public static final String PROTECTION_TRIPPED = "alerts.protectionTripped";

    /** The size of the change of sensor {@code sensor}'s (1 for the first) temperature since the start, °C. */
    public static String temperatureChange(int sensor) {
        return TEMPERATURE_CHANGE + checkSensor(sensor);
    }

    /** Sensor {@code sensor}'s (1 for the first) temperature minus its dew point, °C. */
    public static String dewPointMargin(int sensor) {
        return DEW_POINT_MARGIN + checkSensor(sensor);
    }

    /** The sensor a temperature-change value id reads, if it is one. */
    public static Optional<Integer> temperatureChangeSensor(String valueId) {
        return sensorOf(valueId, TEMPERATURE_CHANGE);
    }

    /** The sensor a dew-point-margin value id reads, if it is one. */
    public static Optional<Integer> dewPointMarginSensor(String valueId) {
        return sensorOf(valueId, DEW_POINT_MARGIN);
    }

    /** The sensor a derived value id reads (temperature change or dew-point margin), if it is one. */
    public static Optional<Integer> sensorOf(String valueId) {
        return temperatureChangeSensor(valueId).or(() -> dewPointMarginSensor(valueId));
    }

    /** The same kind of derived value as {@code valueId} (temperature change or dew-point margin), read at another sensor. */
    public static String atSensor(String valueId, int sensor) {
        if (temperatureChangeSensor(valueId).isPresent()) {
            return temperatureChange(sensor);
        }
        if (dewPointMarginSensor(valueId).isPresent()) {
            return dewPointMargin(sensor);
        }
        throw new IllegalArgumentException("'" + valueId + "' is not read at a sensor: only the temperature change and the dew point margin are");
    }

    /**
     * The channels a derived value id reads on this device: the sensor's temperature, and for the dew-point
     * margin its dew point too; empty when the id is not a derived sensor value or the device lacks a channel.
     */
    public static Optional<List<Channel<?>>> channels(DeviceDescription description, String valueId) {
        Optional<Integer> change = temperatureChangeSensor(valueId);
        Optional<Integer> margin = dewPointMarginSensor(valueId);
        if (change.isEmpty() && margin.isEmpty()) {
            return Optional.empty();
        }
        Optional<CapabilityDescription> s = description.sensor(change.orElseGet(margin::get));
        Optional<Channel<?>> temperature = s.flatMap(c -> c.channel(Quantities.TEMPERATURE));
        if (temperature.isEmpty()) {
            return Optional.empty();
        }
        if (change.isPresent()) {
            return Optional.of(List.of(temperature.get()));
        }
        return s.flatMap(c -> c.channel(Quantities.DEW_POINT)).map(d -> List.of(temperature.get(), d));
    }

    /**
     * The sensors a derived value of {@code valueId}'s kind can read on this device, in order: those with a
     * temperature for the temperature change, with a temperature and a dew point for the margin.
     */
    public static List<Integer> sensorsFor(DeviceDescription description, String valueId) {
        int count = description.sensors().size();
        List<Integer> sensors = new java.util.ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (channels(description, atSensor(valueId, n)).isPresent()) {
                sensors.add(n);
            }
        }
        return sensors;
    }

    private static Optional<Integer> sensorOf(String valueId, String prefix) {
        if (valueId.startsWith(prefix)) {
            String n = valueId.substring(prefix.length());
            // the canonical form only ("2", never "02" or "+2"), so one sensor has one value id
            if (n.matches("[1-9]\\d{0,2}")) {
                return Optional.of(Integer.parseInt(n));
            }
        }
        return Optional.empty();
    }

    private static int checkSensor(int sensor) {
        if (sensor < 1 || sensor > 999) {
            throw new IllegalArgumentException("Sensors are numbered from 1 (the device's first temperature sensor) to 999, not " + sensor);
        }
        return sensor;
    }
}
