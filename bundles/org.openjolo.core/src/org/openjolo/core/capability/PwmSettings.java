package org.openjolo.core.capability;

import org.openjolo.core.DeviceException;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.DeviceDescription;

/**
 * The automatic-mode parameters of one PWM output.
 *
 * @param mode                 how the duty is chosen
 * <p>The limits are the {@link PwmOutputs#HEAT_POWER}, {@link PwmOutputs#HEAT_START} and
 * {@link PwmOutputs#PRESET_TEMPERATURE} settings of the outputs' description; {@link #check} applies them.</p>
 *
 * @param heatPowerAtMaxHumidity HEAT: duty (%) at 100 % relative humidity
 * @param heatStartHumidity    HEAT: relative humidity (%) below which the heater is off
 * @param autoSensor           AUTO: the temperature sensor regulated (1-based, as the panel numbers them)
 * @param presetTemperature    AUTO: the temperature to hold, °C
 * @param reversed             AUTO: REVERSED action (duty rises as the temperature rises, e.g. a cooler)
 *                             instead of DIRECT (duty rises as the temperature falls, a heater)
 */
public record PwmSettings(PwmMode mode, int heatPowerAtMaxHumidity, int heatStartHumidity, int autoSensor,
        double presetTemperature, boolean reversed) {

    /** Manual mode with the panel's defaults for the automatic modes. */
    public static final PwmSettings DEFAULT = new PwmSettings(PwmMode.MANUAL, 100, 50, 2, 5.0, false);

    /**
     * Refuses a value outside its limit in {@code outputs} (the PWM outputs' description) or, in AUTO, a
     * sensor {@code device} does not have, before anything is stored or sent.
     *
     * @throws DeviceException {@code INVALID_VALUE} naming what is allowed
     */
    public void check(CapabilityDescription outputs, DeviceDescription device) throws DeviceException {
        outputs.check(PwmOutputs.HEAT_POWER, heatPowerAtMaxHumidity);
        outputs.check(PwmOutputs.HEAT_START, heatStartHumidity);
        outputs.check(PwmOutputs.PRESET_TEMPERATURE, presetTemperature);
        // the sensor matters in AUTO only; the default (sensor 2) stays storable on a device with one sensor
        if (mode == PwmMode.AUTO) {
            device.checkTemperatureSensor("Regulated sensor", autoSensor);
        }
    }

    /** A copy in another mode. */
    public PwmSettings withMode(PwmMode m) {
        return new PwmSettings(m, heatPowerAtMaxHumidity, heatStartHumidity, autoSensor, presetTemperature, reversed);
    }
}
