package org.openjolo.core.capability;

import org.openjolo.core.Capability;

/**
 * Temperature/humidity sensors. Values come with every poll as {@link org.openjolo.core.StandardTelemetry}
 * keys ({@code TEMPERATURE_1}, {@code HUMIDITY_1}, {@code DEW_POINT_1}, ... for sensor 2); an unplugged sensor's
 * values are absent.
 */
public interface EnvironmentSensors extends Capability {

    /** Number of sensor inputs (present or not). */
    int sensorCount();
}
