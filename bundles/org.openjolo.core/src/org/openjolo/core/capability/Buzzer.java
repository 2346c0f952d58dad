package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * The device's buzzer.
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface Buzzer extends Capability {

    /** See the type description. */
    CompletableFuture<Void> setEnabled(boolean enabled);

    /** See the type description. */
    CompletableFuture<Void> beep();
}
