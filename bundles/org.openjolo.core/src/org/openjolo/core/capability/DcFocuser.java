package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * A DC-motor focuser driven by timed pulses (direction, power percent, duration).
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface DcFocuser extends Capability {

    /** See the type description. */
    CompletableFuture<Void> run(boolean inward, int powerPercent, int durationMs);

    /** See the type description. */
    CompletableFuture<Void> stop();
}
