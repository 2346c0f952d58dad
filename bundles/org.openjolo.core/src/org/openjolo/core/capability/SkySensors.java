package org.openjolo.core.capability;

import org.openjolo.core.Capability;

/**
 * Sky (infrared) temperature and sky brightness (SQM).
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface SkySensors extends Capability {

    /** See the type description. */
    boolean hasSkyTemperature();

    /** See the type description. */
    boolean hasSkyQuality();
}
