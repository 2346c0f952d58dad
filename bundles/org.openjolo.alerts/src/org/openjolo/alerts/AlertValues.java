package org.openjolo.alerts;

import java.util.Optional;

/**
 * Values that rules can watch beyond the device's own telemetry, computed by the alerts service from it: the
 * temperature change since a start the operator can reset (the manual's temperature change monitor), the
 * margin between a sensor's temperature and its dew point, and whether the device's protection has tripped.
 */
public final class AlertValues {

    private AlertValues() {
    }

    private static final String TEMPERATURE_CHANGE = "alerts.temperatureChange.";
    private static final String DEW_POINT_MARGIN = "alerts.dewPointMargin.";

    /** 1 while the device's over-voltage/over-current protection has switched the outputs off, else 0. */
    public static final String PROTECTION_TRIPPED = "alerts.protectionTripped";

    /** The size of the change of sensor {@code sensor}'s (1 or 2) temperature since the start, °C. */
    public static String temperatureChange(int sensor) {
        return TEMPERATURE_CHANGE + checkSensor(sensor);
    }

    /** Sensor {@code sensor}'s (1 or 2) temperature minus its dew point, °C. */
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

    private static Optional<Integer> sensorOf(String valueId, String prefix) {
        if (valueId.startsWith(prefix)) {
            String n = valueId.substring(prefix.length());
            if (n.equals("1") || n.equals("2")) {
                return Optional.of(Integer.parseInt(n));
            }
        }
        return Optional.empty();
    }

    private static int checkSensor(int sensor) {
        if (sensor != 1 && sensor != 2) {
            throw new IllegalArgumentException("The sensor must be 1 or 2, not " + sensor);
        }
        return sensor;
    }
}
