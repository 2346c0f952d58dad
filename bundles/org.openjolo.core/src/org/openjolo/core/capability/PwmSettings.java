package org.openjolo.core.capability;

/**
 * The automatic-mode parameters of one PWM output.
 *
 * @param mode                 how the duty is chosen
 * @param heatPowerAtMaxHumidity HEAT: duty (%) at 100 % relative humidity, 0–100
 * @param heatStartHumidity    HEAT: relative humidity (%) below which the heater is off, 0–99
 * @param autoSensor           AUTO: the temperature sensor regulated (1-based, as the panel numbers them)
 * @param presetTemperature    AUTO: the temperature to hold, °C (−40 to 60)
 * @param reversed             AUTO: REVERSED action (duty rises as the temperature rises, e.g. a cooler)
 *                             instead of DIRECT (duty rises as the temperature falls, a heater)
 */
public record PwmSettings(PwmMode mode, int heatPowerAtMaxHumidity, int heatStartHumidity, int autoSensor,
        double presetTemperature, boolean reversed) {

    /** Manual mode with the panel's defaults for the automatic modes. */
    public static final PwmSettings DEFAULT = new PwmSettings(PwmMode.MANUAL, 100, 50, 2, 5.0, false);

    /** A copy in another mode. */
    public PwmSettings withMode(PwmMode m) {
        return new PwmSettings(m, heatPowerAtMaxHumidity, heatStartHumidity, autoSensor, presetTemperature, reversed);
    }
}
