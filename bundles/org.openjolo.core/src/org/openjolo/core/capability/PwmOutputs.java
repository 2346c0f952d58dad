package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * PWM (dew heater) outputs: duty 0–100 %, mode MANUAL/HEAT/AUTO, frequency.
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface PwmOutputs extends Capability {

    /** See the type description. */
    int count();

    /** See the type description. */
    CompletableFuture<Void> setDuty(int index, int percent);
}
