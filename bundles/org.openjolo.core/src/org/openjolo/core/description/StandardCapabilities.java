package org.openjolo.core.description;

import java.util.Arrays;
import java.util.List;

import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.PowerMonitor;
import org.openjolo.core.capability.PowerSwitches;
import org.openjolo.core.capability.PwmOutputs;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.capability.StepperMode;

/**
 * The common capability shapes in one call each, with the {@link StandardTelemetry} keys, so families describe
 * themselves in a few lines and share the names consumers know. A family with another shape builds its
 * instances with {@link CapabilityDescription#builder} instead.
 */
public final class StandardCapabilities {

    private StandardCapabilities() {
    }

    /**
     * The id of a device's first focuser instance. Values the workbench keeps for it (named positions,
     * backlash, compensation) keep the keys they had before devices had a second focuser
     * ({@link org.openjolo.core.ProfileKeys#focuserKey}), and a device's {@link FirmwareCompensation} belongs to it.
     */
    public static final String FIRST_FOCUSER = "focuser";

    /** The backlash the workbench applies to its moves, steps: the same for every focuser (no device stores it). */
    public static final Limit BACKLASH = Limit.whole(-10_000, 10_000, "steps");

    /** A PWM duty, percent. */
    public static final Limit DUTY = Limit.whole(0, 100, "%");

    /** Relative humidity, percent. */
    public static final Limit HUMIDITY = Limit.of(0, 100, "%", 0);

    /**
     * A stepper focuser with position, steps to go and motion, and the given settings.
     * The first focuser is {@code focuser} with the {@code focuser.*} keys; another one, e.g. {@code focuser2},
     * gets {@code focuser2.*} keys. Keys are labelled with the focuser's name ("Focuser 1 position") unless it
     * is plainly "Focuser", whose keys keep the standard labels.
     *
     * @param settings from {@link #focuserSetting(Setting, Limit)} and {@link #focuserSetting(Setting)}: a
     *                 setting left out is one the device does not have
     */
    public static CapabilityDescription focuser(String id, String name, List<SettingDescription> settings) {
        boolean first = id.equals(FIRST_FOCUSER);
        boolean plain = first && name.equals("Focuser");
        CapabilityDescription.Builder b = CapabilityDescription.builder(Focuser.class, id, name)
                .channel(Channel.number(plain ? StandardTelemetry.FOCUSER_POSITION
                        : key(first, StandardTelemetry.FOCUSER_POSITION, id, "position", name + " position"), Quantities.POSITION, 0))
                .channel(Channel.number(plain ? StandardTelemetry.FOCUSER_STEPS_TO_GO
                        : key(first, StandardTelemetry.FOCUSER_STEPS_TO_GO, id, "stepsToGo", name + " steps to go"), Quantities.STEPS_TO_GO, 0))
                .channel(Channel.flag(plain ? StandardTelemetry.FOCUSER_MOVING
                        : key(first, StandardTelemetry.FOCUSER_MOVING, id, "moving", name + " moving"), Quantities.MOVING));
        settings.forEach(b::setting);
        return b.build();
    }

    /** The stepper focuser's number settings with their standard label and advice, within {@code limit}. */
    public static SettingDescription focuserSetting(Setting setting, Limit limit) {
        return switch (setting) {
            case MAX_POSITION -> SettingDescription.number(setting.name(), "Max. position", limit, "the focuser never goes beyond it");
            case STEP_SIZE -> SettingDescription.number(setting.name(), "Step size", limit, "for the position in mm and Alpaca StepSize");
            case BACKLASH -> SettingDescription.number(setting.name(), "Backlash", limit, "positive: applied to outward moves, negative: to inward "
                    + "moves. Applied by the workbench to the moves it makes; use your focusing software's own backlash for its moves");
            case SPEED -> SettingDescription.number(setting.name(), "Speed", limit, "pulses per second; unipolar 7.5° motors usually no more than 120-150");
            case ACCELERATION -> SettingDescription.number(setting.name(), "Acceleration", limit, "manual moves use a fifth of it");
            case MOTOR_CURRENT -> SettingDescription.number(setting.name(), "Motor current", limit,
                    "your motor's rated current (400 mA for the shop's geared motors)");
            case HOLD_TORQUE -> SettingDescription.number(setting.name(), "Hold torque", limit, "above 0 the motor stays powered when stopped (it gets warm)");
            case REVERSED, MODE -> throw new IllegalArgumentException(setting + " is not a number: use focuserSetting(" + setting + ")");
        };
    }

    /** The stepper focuser's direction (on/off) and drive mode (a choice of {@link StepperMode} labels). */
    public static SettingDescription focuserSetting(Setting setting) {
        return switch (setting) {
            case REVERSED -> SettingDescription.flag(setting.name(), "Reversed", "check so that decreasing the position moves the focuser tube into the telescope");
            case MODE -> SettingDescription.choice(setting.name(), "Stepper type", Arrays.stream(StepperMode.values()).map(StepperMode::label).toList(), "");
            default -> throw new IllegalArgumentException(setting + " is a number: use focuserSetting(" + setting + ", limit)");
        };
    }

    /**
     * Temperature/humidity sensor {@code number} (1-based; id {@code sensor<number>}, name "Sensor #n") with
     * temperature and, where it measures them, humidity and dew point.
     */
    public static CapabilityDescription environmentSensor(int number, boolean humidity) {
        CapabilityDescription.Builder b = CapabilityDescription.builder(EnvironmentSensors.class, "sensor" + number, "Sensor #" + number)
                .channel(Channel.number(StandardTelemetry.temperature(number), Quantities.TEMPERATURE, 1));
        if (humidity) {
            b.channel(Channel.number(StandardTelemetry.humidity(number), Quantities.HUMIDITY, 0).within(HUMIDITY))
                    .channel(Channel.number(StandardTelemetry.dewPoint(number), Quantities.DEW_POINT, 1));
        }
        return b.build();
    }

    /**
     * Sky sensors: infrared sky temperature with ambient minus sky and the cloud thresholds, and/or sky
     * brightness with its calibration. The workbench judges the clouds and calibrates the brightness, so the
     * limits are the workbench's.
     */
    public static CapabilityDescription sky(boolean temperature, boolean brightness) {
        CapabilityDescription.Builder b = CapabilityDescription.builder(SkySensors.class, "sky", "Sky");
        if (temperature) {
            b.channel(Channel.number(StandardTelemetry.SKY_TEMPERATURE, Quantities.SKY_TEMPERATURE, 1))
                    .channel(Channel.number(StandardTelemetry.SKY_AMBIENT_DIFFERENCE, Quantities.SKY_AMBIENT_DIFFERENCE, 1))
                    .setting(SettingDescription.number(SkySensors.CLOUD_THRESHOLD, "Cloud threshold", Limit.of(-20, 60, "°C", 1),
                            "ambient minus sky: four ascending values from overcast to clear"));
        }
        if (brightness) {
            b.channel(Channel.number(StandardTelemetry.SKY_QUALITY, Quantities.SKY_QUALITY, 2))
                    .setting(SettingDescription.number(SkySensors.SQM_OFFSET, "SQM offset", Limit.of(-5, 5, "", 2), "added to the reading"))
                    .setting(SettingDescription.number(SkySensors.SQM_COEFFICIENT, "SQM coefficient", Limit.of(0.5, 1.5, "", 3),
                            "the reading is multiplied by it"));
        }
        return b.build();
    }

    /** {@code count} switchable outputs (ids {@code output1.on}…), each set by the operator. */
    public static CapabilityDescription outputs(int count) {
        CapabilityDescription.Builder b = CapabilityDescription.builder(PowerSwitches.class, "outputs", "Outputs");
        for (int i = 0; i < count; i++) {
            b.channel(Channel.flag(StandardTelemetry.output(i), Quantities.SWITCH).settable());
        }
        return b.build();
    }

    /**
     * {@code count} PWM outputs (ids {@code pwm1.duty}…, lettered A, B…), duty 0–100 % set by the operator,
     * with the HEAT and AUTO parameters every output has (the workbench regulates them: their limits are the
     * workbench's, the same for every device).
     */
    public static CapabilityDescription pwm(int count) {
        CapabilityDescription.Builder b = CapabilityDescription.builder(PwmOutputs.class, "pwm", "PWM outputs");
        for (int i = 0; i < count; i++) {
            b.channel(Channel.number(StandardTelemetry.pwm(i), Quantities.DUTY, 0).within(DUTY).settable());
        }
        return b.setting(SettingDescription.number(PwmOutputs.HEAT_POWER, "Heat power at max humidity", DUTY, "HEAT: the duty at 100 % relative humidity"))
                .setting(SettingDescription.number(PwmOutputs.HEAT_START, "Heater start humidity", Limit.whole(0, 99, "%"),
                        "HEAT: below this relative humidity the heater is off"))
                .setting(SettingDescription.number(PwmOutputs.PRESET_TEMPERATURE, "Preset temperature", Limit.of(-40, 60, "°C", 1),
                        "AUTO: the temperature the output holds at its sensor"))
                .build();
    }

    /**
     * An output regulated within {@code volts} (id {@code regulated}, name "Regulated output") whose voltage the
     * operator sets: the channel {@link StandardTelemetry#REGULATED_VOLTAGE} with the quantity
     * {@link Quantities#OUTPUT_VOLTAGE}, within {@code volts}.
     */
    public static CapabilityDescription regulatedOutput(Limit volts) {
        return regulatedOutput(volts, true);
    }

    /**
     * {@link #regulatedOutput(Limit)} for a device that may not take the voltage from the workbench
     * ({@code settable} false: it is set on the device itself and only reported).
     */
    public static CapabilityDescription regulatedOutput(Limit volts, boolean settable) {
        Channel<Double> voltage = Channel.number(StandardTelemetry.REGULATED_VOLTAGE, Quantities.OUTPUT_VOLTAGE, volts.decimals()).within(volts);
        return CapabilityDescription.builder(RegulatedOutput.class, "regulated", "Regulated output")
                .channel(settable ? voltage.settable() : voltage).build();
    }

    /** Input voltage, total current, energy in Ah and Wh, and the protection trip; no protection settings. */
    public static CapabilityDescription power() {
        return powerBuilder().build();
    }

    /**
     * {@link #power()} with the protection settings the device takes, each within its limit.
     *
     * @param overVoltage  the over-voltage level, V
     * @param overCurrent  the over-current level, A
     * @param sensitivity  how long a condition must last before the outputs go off, ms
     * @param adcReference the real value of the voltage reading's nominal reference, V
     */
    public static CapabilityDescription power(Limit overVoltage, Limit overCurrent, Limit sensitivity, Limit adcReference) {
        return powerBuilder()
                .setting(SettingDescription.number(PowerMonitor.OVER_VOLTAGE, "Over-voltage level", overVoltage, "above it the device switches its outputs off"))
                .setting(SettingDescription.number(PowerMonitor.OVER_CURRENT, "Over-current level", overCurrent, "above it the device switches its outputs off"))
                .setting(SettingDescription.number(PowerMonitor.SENSITIVITY, "Protection sensitivity", sensitivity,
                        "how long a condition must last; the manual recommends 30-50 ms"))
                .setting(SettingDescription.number(PowerMonitor.ADC_REFERENCE, "ADC reference", adcReference,
                        "the real value of the nominal reference: calibrates the voltage reading"))
                .build();
    }

    private static CapabilityDescription.Builder powerBuilder() {
        return CapabilityDescription.builder(PowerMonitor.class, "power", "Power")
                .channel(Channel.number(StandardTelemetry.INPUT_VOLTAGE, Quantities.VOLTAGE, 2))
                .channel(Channel.number(StandardTelemetry.TOTAL_CURRENT, Quantities.CURRENT, 2))
                .channel(Channel.number(StandardTelemetry.ENERGY_AH, Quantities.ENERGY_AH, 2))
                .channel(Channel.number(StandardTelemetry.ENERGY_WH, Quantities.ENERGY_WH, 1))
                .channel(Channel.text(StandardTelemetry.PROTECTION_TRIP, Quantities.PROTECTION_TRIP));
    }

    /** Temperature compensation done by the device's firmware, reporting the pending amount; no settings described. */
    public static CapabilityDescription firmwareCompensation() {
        return firmwareCompensationBuilder().build();
    }

    /**
     * {@link #firmwareCompensation()} with the limits the firmware stores its settings within.
     *
     * @param coefficient the coefficient, steps/°C
     * @param threshold   the automatic mode's threshold, steps
     * @param cycle       how often the firmware evaluates, s
     * @param trigger     the threshold of a compensate-now ({@code S:N}), steps
     */
    public static CapabilityDescription firmwareCompensation(Limit coefficient, Limit threshold, Limit cycle, Limit trigger) {
        return firmwareCompensationBuilder()
                .setting(SettingDescription.number(FirmwareCompensation.COEFFICIENT, "Compensation", coefficient, "steps per °C the firmware moves"))
                .setting(SettingDescription.number(FirmwareCompensation.THRESHOLD, "Compensation threshold", threshold,
                        "automatic mode corrects above this many steps"))
                .setting(SettingDescription.number(FirmwareCompensation.CYCLE, "Compensation cycle", cycle, "how often the firmware evaluates"))
                .setting(SettingDescription.number(FirmwareCompensation.TRIGGER, "S:N threshold", trigger, "a compensate-now corrects above it"))
                .build();
    }

    private static CapabilityDescription.Builder firmwareCompensationBuilder() {
        return CapabilityDescription.builder(FirmwareCompensation.class, "compensation", "Compensation")
                .channel(Channel.number(StandardTelemetry.FOCUSER_PENDING_COMPENSATION, Quantities.PENDING_COMPENSATION, 0));
    }

    /**
     * A DC-motor focuser driven by timed runs, reporting whether it runs.
     *
     * @param power    the motor power a run may have, % (below its minimum the motor does not turn)
     * @param duration how long a run may last, ms
     */
    public static CapabilityDescription dcFocuser(Limit power, Limit duration) {
        return CapabilityDescription.builder(DcFocuser.class, "dcFocuser", "DC focuser")
                .channel(Channel.flag(StandardTelemetry.DC_FOCUSER_RUNNING, Quantities.MOVING))
                .setting(SettingDescription.number(DcFocuser.POWER, "DC focuser power", power, "below " + power.format(power.min()) + " % the motor does not turn"))
                .setting(SettingDescription.number(DcFocuser.DURATION, "DC focuser run time", duration, "the device stops the motor after it"))
                .build();
    }

    /** The first focuser's standard key under its own label, or another focuser's {@code <id>.<name>} key. */
    private static <T> TelemetryKey<T> key(boolean first, TelemetryKey<T> standard, String id, String name, String label) {
        return first ? standard.withLabel(label) : new TelemetryKey<>(id + "." + name, standard.type(), standard.unit(), label);
    }
}
