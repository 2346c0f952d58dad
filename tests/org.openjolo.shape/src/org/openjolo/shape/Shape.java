package org.openjolo.shape;

import java.util.List;

import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;

/**
 * The shape test family's identity and description: the facts its driver, its virtual device and its tests
 * read, written once.
 */
public final class Shape {

    private Shape() {
    }

    /** Family id, as in {@code -simulate shapetest}. */
    public static final String FAMILY_ID = "shapetest";
    /** Model name. */
    public static final String MODEL = "Shape Test Controller";
    /** Line speed. */
    public static final int BAUD_RATE = 57600;
    /** The identify reply after {@code #:}. */
    public static final String IDENTITY = "ShapeTest 1.0";

    /** Travel of each focuser's firmware. */
    public static final Limit TRAVEL = Limit.whole(1, 50_000, "steps");
    /** Speed the firmware takes, steps per second. */
    public static final Limit SPEED = Limit.whole(10, 2000, "pps");

    /** Focuser settings: travel and speed are the device's, backlash the workbench's. */
    static final List<org.openjolo.core.description.SettingDescription> FOCUSER_SETTINGS = List.of(
            StandardCapabilities.focuserSetting(Setting.MAX_POSITION, TRAVEL),
            StandardCapabilities.focuserSetting(Setting.BACKLASH, StandardCapabilities.BACKLASH),
            StandardCapabilities.focuserSetting(Setting.SPEED, SPEED));

    /** Focuser 1 ("focuser", the standard keys) and focuser 2 ("focuser2", keys of its own). */
    public static final CapabilityDescription FOCUSER_1 = StandardCapabilities.focuser("focuser", "Focuser 1", FOCUSER_SETTINGS);
    /** The second focuser. */
    public static final CapabilityDescription FOCUSER_2 = StandardCapabilities.focuser("focuser2", "Focuser 2", FOCUSER_SETTINGS);
    /** Four PWM outputs, A to D. */
    public static final CapabilityDescription PWM = StandardCapabilities.pwm(4);

    /** The weather sensor's pressure. */
    public static final TelemetryKey<Double> PRESSURE = new TelemetryKey<>("weather.pressure", Double.class, "hPa", "Pressure");
    /** The weather sensor's temperature. */
    public static final TelemetryKey<Double> TEMPERATURE = new TelemetryKey<>("weather.temperature", Double.class, "°C", "Outside temperature");
    /** A weather station: temperature and pressure, no humidity. */
    public static final CapabilityDescription WEATHER = CapabilityDescription.builder(EnvironmentSensors.class, "weather", "Weather station")
            .channel(Channel.number(TEMPERATURE, Quantities.TEMPERATURE, 1))
            .channel(Channel.number(PRESSURE, Quantities.PRESSURE, 1).within(Limit.of(800, 1100, "hPa", 1)))
            .build();

    /** The roof's mode. */
    public static final TelemetryKey<String> ROOF_MODE = new TelemetryKey<>("roof.mode", String.class, "", "Roof");
    /** The roof, a capability of this family's own. */
    public static final CapabilityDescription ROOF = CapabilityDescription.builder(Roof.class, "roof", "Roof")
            .channel(Channel.choice(ROOF_MODE, "roofMode", Roof.MODES))
            .build();

    /** Everything the device has, in display order. */
    public static final DeviceDescription DESCRIPTION = new DeviceDescription(List.of(FOCUSER_1, FOCUSER_2, PWM, WEATHER, ROOF));
}
