package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * Input voltage, total current, energy since power-on, protection limits and calibration.
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface PowerMonitor extends Capability {

    /** See the type description. */
    CompletableFuture<Void> resetEnergy();
}
