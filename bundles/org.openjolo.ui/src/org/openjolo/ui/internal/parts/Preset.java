package org.openjolo.ui.internal.parts;

import java.util.List;

import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.StepperMode;

/**
 * The motor presets of the astrojolo panels (AstroLink 4), with the values the manual recommends: unipolar 7.5° motors no
 * faster than 120–150 pps, bipolar 1.8° motors up to 400–500 pps, micro-stepping up to 2000 pps, the shop's
 * 12 V unipolar geared motors at 0.4 A. Acceleration reaches full speed in half a second; hold torque off.
 *
 * @param name   shown in the list
 * @param mode   stepper type
 * @param speed  pps
 * @param current mA
 */
record Preset(String name, StepperMode mode, int speed, int current) {

    static final List<Preset> ALL = List.of(
            new Preset("astrojolo 12 V unipolar geared motor", StepperMode.UNIPOLAR, 150, 400),
            new Preset("Unipolar 7.5° (Robofocus-type)", StepperMode.UNIPOLAR, 120, 400),
            new Preset("Bipolar 1.8°, full/half step", StepperMode.BIPOLAR, 400, 600),
            new Preset("Bipolar, 1/8 micro-steps", StepperMode.MICRO_8, 1000, 600),
            new Preset("Bipolar, 1/32 micro-steps", StepperMode.MICRO_32, 2000, 600));

    /** The settings with this preset's motor values; travel, step size, direction and backlash stay. */
    FocuserSettings applyTo(FocuserSettings s) {
        return new FocuserSettings(s.maxPosition(), s.reversed(), s.stepSizeMicrons(), s.backlash(), speed, speed * 2,
                current, 0, mode);
    }
}
