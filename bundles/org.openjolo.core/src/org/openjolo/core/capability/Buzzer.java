package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/** The device's buzzer. */
public interface Buzzer extends Capability {

    /** Whether the buzzer is enabled, as last read. */
    boolean isEnabled();

    /** Enables or disables it. */
    CompletableFuture<Void> setEnabled(boolean enabled);
}
