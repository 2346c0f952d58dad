package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/** The manual control box (hand controller) socket: enable it when a box is connected. */
public interface HandController extends Capability {

    /** Whether manual control is enabled, as last read. */
    boolean isEnabled();

    /** Enables or disables manual control. */
    CompletableFuture<Void> setEnabled(boolean enabled);
}
