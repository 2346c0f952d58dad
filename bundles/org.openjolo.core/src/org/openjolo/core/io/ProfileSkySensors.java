package org.openjolo.core.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.openjolo.core.DeviceProfile;
import org.openjolo.core.capability.SkyCondition;
import org.openjolo.core.capability.SkySensors;
import org.openjolo.core.description.CapabilityDescription;

/**
 * Base class for {@link SkySensors} whose cloud thresholds and sky-brightness calibration are the workbench's,
 * kept in the device profile: the astrojolo protocols report the raw readings and have no commands for the
 * sensors' own calibration. The family gives the latest ambient-minus-sky difference and applies
 * {@link #calibrated} to the brightness it reports.
 */
public abstract class ProfileSkySensors implements SkySensors {

    /** Profile key of the cloud thresholds (four comma-separated values). */
    public static final String THRESHOLDS = "sky.thresholds";
    /** Profile key of the brightness offset. */
    public static final String SQM_OFFSET_KEY = "sqm.offset";
    /** Profile key of the brightness coefficient. */
    public static final String SQM_COEFFICIENT_KEY = "sqm.coefficient";

    private final DeviceConnection link;
    private final CapabilityDescription description;

    /**
     * @param link        the device's connection (its profile)
     * @param description the sky instance, whose setting limits refuse thresholds and calibrations
     */
    protected ProfileSkySensors(DeviceConnection link, CapabilityDescription description) {
        this.link = link;
        this.description = description;
    }

    /** Ambient minus sky temperature from the latest status, empty when the device has no sky reading. */
    protected abstract OptionalDouble ambientMinusSky();

    @Override
    public double[] cloudThresholds() {
        String stored = link.profile().get(THRESHOLDS, "");
        try {
            double[] t = Arrays.stream(stored.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
            SkyCondition.checkThresholds(description, t);
            return t;
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: an unreadable or invalid value falls back to the defaults below
        }
        return SkyCondition.DEFAULT_THRESHOLDS.clone();
    }

    @Override
    public void setCloudThresholds(double[] t) {
        SkyCondition.checkThresholds(description, t);
        link.profile().put(THRESHOLDS, Arrays.stream(t).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).collect(Collectors.joining(",")));
    }

    @Override
    public Optional<SkyCondition> condition() {
        OptionalDouble difference = ambientMinusSky();
        return difference.isPresent() ? Optional.of(SkyCondition.of(difference.getAsDouble(), cloudThresholds())) : Optional.empty();
    }

    @Override
    public SqmCalibration sqmCalibration() {
        DeviceProfile p = link.profile();
        return new SqmCalibration(p.getDouble(SQM_OFFSET_KEY, 0), p.getDouble(SQM_COEFFICIENT_KEY, 1));
    }

    @Override
    public void setSqmCalibration(SqmCalibration c) {
        c.check(description);
        link.profile().putAll(Map.of(SQM_OFFSET_KEY, Double.toString(c.offset()), SQM_COEFFICIENT_KEY, Double.toString(c.coefficient())));
    }

    /** A raw brightness reading with the operator's calibration applied. */
    public double calibrated(double raw) {
        SqmCalibration c = sqmCalibration();
        return raw * c.coefficient() + c.offset();
    }
}
