package org.openjolo.core.capability;

import java.util.Optional;

import org.openjolo.core.description.CapabilityDescription;

import org.openjolo.core.Capability;

/**
 * Sky (infrared) temperature and sky brightness (SQM). Readings come with every poll
 * ({@code SKY_TEMPERATURE}, {@code SKY_AMBIENT_DIFFERENCE}, {@code SKY_QUALITY}), absent when no sensor is
 * plugged in. The sky-brightness calibration (offset, coefficient) and the cloud thresholds are applied by the
 * workbench and kept in the device profile.
 */
public interface SkySensors extends Capability {

    /** Setting id of a cloud threshold (each of the four), °C of ambient minus sky. */
    String CLOUD_THRESHOLD = "CLOUD_THRESHOLD";
    /** Setting id of the sky-brightness calibration's offset ({@link SqmCalibration#offset}). */
    String SQM_OFFSET = "SQM_OFFSET";
    /** Setting id of the sky-brightness calibration's coefficient ({@link SqmCalibration#coefficient}). */
    String SQM_COEFFICIENT = "SQM_COEFFICIENT";

    /** The four cloud thresholds, °C, ascending. */
    double[] cloudThresholds();

    /**
     * Sets the thresholds: four ascending values, each within the {@link #CLOUD_THRESHOLD} limit of the
     * description.
     *
     * @throws IllegalArgumentException naming what is allowed; nothing changes then
     */
    void setCloudThresholds(double[] thresholds);

    /** The condition for the latest reading, if a sky sensor reports. */
    Optional<SkyCondition> condition();

    /** SQM calibration: reported = raw × coefficient + offset. */
    record SqmCalibration(double offset, double coefficient) {
        /** No correction. */
        public static final SqmCalibration NONE = new SqmCalibration(0, 1);

        /**
         * Refuses an offset or coefficient outside its limit in {@code sky} (the sky sensors' description).
         *
         * @throws IllegalArgumentException naming the allowed range
         */
        public void check(CapabilityDescription sky) {
            try {
                sky.check(SQM_OFFSET, offset);
                sky.check(SQM_COEFFICIENT, coefficient);
            } catch (org.openjolo.core.DeviceException e) {
                // the setters of a workbench-kept value refuse with IllegalArgumentException, in the same words
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /** The SQM calibration in use. */
    SqmCalibration sqmCalibration();

    /**
     * Sets the SQM calibration, each value within its limit ({@link #SQM_OFFSET}, {@link #SQM_COEFFICIENT}).
     *
     * @throws IllegalArgumentException naming the allowed range; nothing changes then
     */
    void setSqmCalibration(SqmCalibration calibration);
}
