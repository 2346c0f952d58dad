package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/** The device's buzzer. */
public interface Buzzer extends Capability {

    /** Whether the buzzer is enabled, as last read. */
    boolean isEnabled();

    /** Enables or disables it. */
    CompletableFuture<Void> setEnabled(boolean enabled);

    /**
     * Whether {@link #beep()} can make the device sound (the alerts' "also buzz with device buzzer"). A family
     * whose protocol has no way to sound the buzzer on command keeps the default, false.
     */
    default boolean canBeep() {
        return false;
    }

    /**
     * Sounds the buzzer once, to draw the operator's attention; a device whose buzzer is disabled stays
     * silent. Changes no setting.
     *
     * @return completes when the device acknowledged; fails when it cannot beep ({@link #canBeep()} is false)
     */
    default CompletableFuture<Void> beep() {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("This device cannot sound its buzzer on command"));
    }
}
