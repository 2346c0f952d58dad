package org.openjolo.core.capability;

import org.openjolo.core.Capability;

/**
 * Temperature, relative humidity and dew point of each connected sensor.
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface EnvironmentSensors extends Capability {

    /** See the type description. */
    int sensorCount();
}
