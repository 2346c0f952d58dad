package org.openjolo.core;

/**
 * The telemetry keys shared by all families, so charts, logging, alerts and Alpaca understand every device.
 * A family may add its own keys; it should reuse these where the meaning is the same.
 */
public final class StandardTelemetry {

    private StandardTelemetry() {
    }

    /** Focuser position in steps. */
    public static final TelemetryKey<Integer> FOCUSER_POSITION = new TelemetryKey<>("focuser.position", Integer.class, "steps", "Focuser position");
    /** Steps still to go in the current move (signed); 0 when idle. */
    public static final TelemetryKey<Integer> FOCUSER_STEPS_TO_GO = new TelemetryKey<>("focuser.stepsToGo", Integer.class, "steps", "Steps to go");
    /** Whether the focuser motor is moving. */
    public static final TelemetryKey<Boolean> FOCUSER_MOVING = new TelemetryKey<>("focuser.moving", Boolean.class, "", "Focuser moving");
    /** Whether the DC focuser motor is running a timed move. */
    public static final TelemetryKey<Boolean> DC_FOCUSER_RUNNING = new TelemetryKey<>("dcFocuser.running", Boolean.class, "", "DC focuser running");
    /** Pending temperature compensation the device computed, in steps. */
    public static final TelemetryKey<Integer> FOCUSER_PENDING_COMPENSATION = new TelemetryKey<>("focuser.pendingCompensation", Integer.class, "steps", "Pending compensation");

    /** Sensor 1 temperature. */
    public static final TelemetryKey<Double> TEMPERATURE_1 = temperature(1);
    /** Sensor 1 relative humidity. */
    public static final TelemetryKey<Double> HUMIDITY_1 = humidity(1);
    /** Sensor 1 dew point. */
    public static final TelemetryKey<Double> DEW_POINT_1 = dewPoint(1);
    /** Sensor 2 temperature. */
    public static final TelemetryKey<Double> TEMPERATURE_2 = temperature(2);
    /** Sensor 2 relative humidity. */
    public static final TelemetryKey<Double> HUMIDITY_2 = humidity(2);
    /** Sensor 2 dew point. */
    public static final TelemetryKey<Double> DEW_POINT_2 = dewPoint(2);
    /** Sky (infrared) temperature. */
    public static final TelemetryKey<Double> SKY_TEMPERATURE = new TelemetryKey<>("sky.temperature", Double.class, "°C", "Sky temperature");
    /** Ambient minus sky temperature (positive under a clear sky). */
    public static final TelemetryKey<Double> SKY_AMBIENT_DIFFERENCE = new TelemetryKey<>("sky.difference", Double.class, "°C", "Ambient − sky");
    /** Sky brightness. */
    public static final TelemetryKey<Double> SKY_QUALITY = new TelemetryKey<>("sky.quality", Double.class, "mag/arcsec²", "Sky brightness");

    /** Input voltage. */
    public static final TelemetryKey<Double> INPUT_VOLTAGE = new TelemetryKey<>("power.voltage", Double.class, "V", "Input voltage");
    /** Total current drawn. */
    public static final TelemetryKey<Double> TOTAL_CURRENT = new TelemetryKey<>("power.current", Double.class, "A", "Total current");
    /** Energy consumed since power-on, ampere-hours. */
    public static final TelemetryKey<Double> ENERGY_AH = new TelemetryKey<>("power.energyAh", Double.class, "Ah", "Energy");
    /** Energy consumed since power-on, watt-hours. */
    public static final TelemetryKey<Double> ENERGY_WH = new TelemetryKey<>("power.energyWh", Double.class, "Wh", "Energy");

    /** The voltage a regulated output gives (0 while off). */
    public static final TelemetryKey<Double> REGULATED_VOLTAGE = new TelemetryKey<>("regulated.voltage", Double.class, "V", "Regulated output");

    /** Present only while the device's protection has switched the outputs off: why, for people. */
    public static final TelemetryKey<String> PROTECTION_TRIP = new TelemetryKey<>("power.protectionTrip", String.class, "", "Protection trip");

    /** The key for switchable output {@code index} (0-based): on/off. */
    public static TelemetryKey<Boolean> output(int index) {
        return new TelemetryKey<>("output" + (index + 1) + ".on", Boolean.class, "", "Output " + (index + 1));
    }

    /** The key for PWM output {@code index} (0-based): duty in percent; outputs are lettered A, B, C… */
    public static TelemetryKey<Integer> pwm(int index) {
        return new TelemetryKey<>("pwm" + (index + 1) + ".duty", Integer.class, "%", "PWM " + (char) ('A' + index));
    }

    /** The temperature of temperature/humidity sensor {@code sensor} (1-based). */
    public static TelemetryKey<Double> temperature(int sensor) {
        return new TelemetryKey<>("sensor" + sensor + ".temperature", Double.class, "°C", "Temperature #" + sensor);
    }

    /** The relative humidity of sensor {@code sensor} (1-based). */
    public static TelemetryKey<Double> humidity(int sensor) {
        return new TelemetryKey<>("sensor" + sensor + ".humidity", Double.class, "%", "Humidity #" + sensor);
    }

    /** The dew point at sensor {@code sensor} (1-based). */
    public static TelemetryKey<Double> dewPoint(int sensor) {
        return new TelemetryKey<>("sensor" + sensor + ".dewPoint", Double.class, "°C", "Dew point #" + sensor);
    }
}
