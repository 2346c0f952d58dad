package org.openjolo.core.capability;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * PWM outputs for dew heaters, fans or coolers: duty 0–100 %, a mode per output, one frequency for all.
 * Indexes are 0-based. Current duties come with every poll ({@link org.openjolo.core.StandardTelemetry#pwm(int)}).
 */
public interface PwmOutputs extends Capability {

    /** Setting id of HEAT's duty at 100 % relative humidity ({@link PwmSettings#heatPowerAtMaxHumidity}), %. */
    String HEAT_POWER = "HEAT_POWER";
    /** Setting id of the humidity below which HEAT keeps the heater off ({@link PwmSettings#heatStartHumidity}), %. */
    String HEAT_START = "HEAT_START";
    /** Setting id of the temperature AUTO holds ({@link PwmSettings#presetTemperature}), °C. */
    String PRESET_TEMPERATURE = "PRESET_TEMPERATURE";

    /** Number of outputs. */
    int count();

    /** Duty in percent, as last read. */
    int duty(int index);

    /** Sets the duty and switches the output to {@link PwmMode#MANUAL}. */
    CompletableFuture<Void> setDuty(int index, int percent);

    /** The mode and automatic-mode parameters of an output. */
    PwmSettings settings(int index);

    /**
     * Changes mode and parameters; a value outside its limit (the {@link #HEAT_POWER}, {@link #HEAT_START} and
     * {@link #PRESET_TEMPERATURE} settings of the description) or a sensor the device does not have is refused
     * with what is allowed.
     */
    CompletableFuture<Void> applySettings(int index, PwmSettings settings);

    /**
     * The duty an output gets when the device starts (the panel's PWM startup value), or -1 for none (it stays
     * off).
     */
    int startupDuty(int index);

    /**
     * Sets the startup duty: 0–100, or -1 for none.
     *
     * @throws IllegalArgumentException for other values, naming the allowed range
     */
    void setStartupDuty(int index, int percent);

    /** The frequencies the device offers, Hz, ascending. */
    List<Integer> frequencies();

    /** The current PWM frequency, Hz. */
    int frequency();

    /** Sets the PWM frequency (one of {@link #frequencies()}). */
    CompletableFuture<Void> setFrequency(int hertz);
}
