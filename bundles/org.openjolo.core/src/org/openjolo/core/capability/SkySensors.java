package org.openjolo.core.capability;

import java.util.Optional;

import org.openjolo.core.Capability;

/**
 * Sky (infrared) temperature and sky brightness (SQM). Readings come with every poll
 * ({@code SKY_TEMPERATURE}, {@code SKY_AMBIENT_DIFFERENCE}, {@code SKY_QUALITY}), absent when no sensor is
 * plugged in. The sky-brightness calibration (offset, coefficient) and the cloud thresholds are applied by the
 * workbench and kept in the device profile.
 */
public interface SkySensors extends Capability {

    /** The four cloud thresholds, °C, ascending. */
    double[] cloudThresholds();

    /** Sets the thresholds; they must be ascending and within −20…60 °C. */
    void setCloudThresholds(double[] thresholds);

    /** The condition for the latest reading, if a sky sensor reports. */
    Optional<SkyCondition> condition();

    /** SQM calibration: reported = raw × coefficient + offset. */
    record SqmCalibration(double offset, double coefficient) {
        /** No correction. */
        public static final SqmCalibration NONE = new SqmCalibration(0, 1);
    }

    /** The SQM calibration in use. */
    SqmCalibration sqmCalibration();

    /** Sets the SQM calibration (offset −5…5, coefficient 0.5…1.5). */
    void setSqmCalibration(SqmCalibration calibration);
}
