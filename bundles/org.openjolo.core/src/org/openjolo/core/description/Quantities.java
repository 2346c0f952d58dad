package org.openjolo.core.description;

/**
 * The meanings a channel can have ({@link Channel#quantity()}), so that consumers find "the temperature of
 * this sensor" or "the position of this focuser" without knowing a family's key names. A family may use its
 * own words for values nobody else interprets; consumers then still chart, log and watch them by their labels.
 */
public final class Quantities {

    private Quantities() {
    }

    /** Focuser position, steps. */
    public static final String POSITION = "position";
    /** Steps still to go in the current move (signed). */
    public static final String STEPS_TO_GO = "stepsToGo";
    /** Whether a motor moves or runs. */
    public static final String MOVING = "moving";
    /** Pending temperature compensation, steps. */
    public static final String PENDING_COMPENSATION = "pendingCompensation";
    /** Ambient (air or tube) temperature, °C. */
    public static final String TEMPERATURE = "temperature";
    /** Relative humidity, %. */
    public static final String HUMIDITY = "humidity";
    /** Dew point, °C. */
    public static final String DEW_POINT = "dewPoint";
    /** Atmospheric pressure, hPa. */
    public static final String PRESSURE = "pressure";
    /** Infrared sky temperature, °C. */
    public static final String SKY_TEMPERATURE = "skyTemperature";
    /** Ambient minus sky temperature, °C (large under a clear sky). */
    public static final String SKY_AMBIENT_DIFFERENCE = "skyAmbientDifference";
    /** Sky brightness, mag/arcsec². */
    public static final String SKY_QUALITY = "skyQuality";
    /** A switchable output's state. */
    public static final String SWITCH = "switch";
    /** A PWM output's duty, %. */
    public static final String DUTY = "duty";
    /** A regulated output's voltage, V. */
    public static final String OUTPUT_VOLTAGE = "outputVoltage";
    /** Input voltage, V. */
    public static final String VOLTAGE = "voltage";
    /** Total current, A. */
    public static final String CURRENT = "current";
    /** Energy since power-on, Ah. */
    public static final String ENERGY_AH = "energyAh";
    /** Energy since power-on, Wh. */
    public static final String ENERGY_WH = "energyWh";
    /** Why the power protection switched the outputs off (text, present only while tripped). */
    public static final String PROTECTION_TRIP = "protectionTrip";
}
