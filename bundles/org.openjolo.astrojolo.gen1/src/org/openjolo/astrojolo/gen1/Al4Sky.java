package org.openjolo.astrojolo.gen1;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.capability.SkyCondition;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.StandardCapabilities;

/**
 * Sky temperature (status fields 23–25) and brightness (fields 30–31). The cloud thresholds and the SQM
 * calibration are applied by the workbench and kept in the profile: the public protocol has no commands for
 * the sensor's own calibration, reset or dark frame.
 */
final class Al4Sky implements SkySensors {

    /** Sky temperature and brightness with the workbench's cloud thresholds and SQM calibration. */
    static final CapabilityDescription DESCRIPTION = StandardCapabilities.sky(true, true);
    static final String THRESHOLDS = "sky.thresholds";
    static final String SQM_OFFSET = "sqm.offset";
    static final String SQM_COEFFICIENT = "sqm.coefficient";
    private final Gen1Device device;

    Al4Sky(Gen1Device device) {
        this.device = device;
    }

    @Override
    public double[] cloudThresholds() {
        String stored = device.profile().get(THRESHOLDS, "");
        try {
            double[] t = Arrays.stream(stored.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
            SkyCondition.checkThresholds(DESCRIPTION, t);
            return t;
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: an unreadable or invalid value falls back to the defaults below
        }
        return SkyCondition.DEFAULT_THRESHOLDS.clone();
    }

    @Override
    public void setCloudThresholds(double[] t) {
        SkyCondition.checkThresholds(DESCRIPTION, t);
        device.profile().put(THRESHOLDS, Arrays.stream(t).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).collect(Collectors.joining(",")));
    }

    @Override
    public Optional<SkyCondition> condition() {
        StatusLine s = device.status();
        if (s == null || s.skyTemperature() == null) {
            return Optional.empty();
        }
        return Optional.of(SkyCondition.of(s.skyAmbient() - s.skyTemperature(), cloudThresholds()));
    }

    @Override
    public SqmCalibration sqmCalibration() {
        DeviceProfile p = device.profile();
        return new SqmCalibration(p.getDouble(SQM_OFFSET, 0), p.getDouble(SQM_COEFFICIENT, 1));
    }

    @Override
    public void setSqmCalibration(SqmCalibration c) {
        c.check(DESCRIPTION);
        device.profile().putAll(Map.of(SQM_OFFSET, Double.toString(c.offset()), SQM_COEFFICIENT, Double.toString(c.coefficient())));
    }

    double calibrated(double raw) {
        SqmCalibration c = sqmCalibration();
        return raw * c.coefficient() + c.offset();
    }
}
