package org.openjolo.astrojolo.gen2;

import java.util.OptionalDouble;

import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.ProfileSkySensors;

/**
 * Sky temperature (status fields 26–28) and brightness (fields 33–34). Ambient minus sky is the sky sensor's
 * own ambient (field 28) minus the sky (field 27), as the first generation computes it; the makers' mini II
 * driver shows the opposite sign (see docs/astrolink4-mini2-implementation.md).
 */
final class Gen2Sky extends ProfileSkySensors {

    /** Sky temperature and brightness with the workbench's cloud thresholds and brightness calibration. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.sky(true, true);
    private final Gen2Device device;

    Gen2Sky(Gen2Device device) {
        super(device.link(), DESCRIPTION);
        this.device = device;
    }

    @Override
    protected OptionalDouble ambientMinusSky() {
        Status s = device.status();
        return s == null || s.skyTemperature() == null ? OptionalDouble.empty() : OptionalDouble.of(s.skyAmbient() - s.skyTemperature());
    }
}
