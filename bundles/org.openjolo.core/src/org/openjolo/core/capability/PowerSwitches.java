package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * Switchable power outputs (on/off), with labels, power-on states and a lock against accidental clicks.
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface PowerSwitches extends Capability {

    /** See the type description. */
    int count();

    /** See the type description. */
    CompletableFuture<Void> set(int index, boolean on);
}
