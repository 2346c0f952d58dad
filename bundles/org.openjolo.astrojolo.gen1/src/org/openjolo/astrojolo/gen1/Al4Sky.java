package org.openjolo.astrojolo.gen1;

import java.util.OptionalDouble;

import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.ProfileSkySensors;

/**
 * Sky temperature (status fields 23–25) and brightness (fields 30–31). The cloud thresholds and the SQM
 * calibration are applied by the workbench and kept in the profile: the public protocol has no commands for
 * the sensor's own calibration, reset or dark frame.
 */
final class Al4Sky extends ProfileSkySensors {

    /** Sky temperature and brightness with the workbench's cloud thresholds and SQM calibration. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.sky(true, true);
    private final Gen1Device device;

    Al4Sky(Gen1Device device) {
        super(device.link(), DESCRIPTION);
        this.device = device;
    }

    @Override
    protected OptionalDouble ambientMinusSky() {
        StatusLine s = device.status();
        return s == null || s.skyTemperature() == null ? OptionalDouble.empty() : OptionalDouble.of(s.skyAmbient() - s.skyTemperature());
    }
}
