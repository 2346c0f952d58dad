package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * Switchable power outputs (the AstroLink's 12 V DC outputs). Indexes are 0-based. The current states come
 * with every poll ({@link org.openjolo.core.StandardTelemetry#output(int)}); labels and the lock against
 * accidental clicks are the workbench's ({@link org.openjolo.core.ProfileKeys}).
 */
public interface PowerSwitches extends Capability {

    /** Number of outputs. */
    int count();

    /** Whether output {@code index} is on, as last read. */
    boolean isOn(int index);

    /** Switches an output. */
    CompletableFuture<Void> set(int index, boolean on);

    /** Whether the device switches output {@code index} on at power-up, as last read. */
    boolean powerOnState(int index);

    /** Sets the power-up state of an output (stored in the device). */
    CompletableFuture<Void> setPowerOnState(int index, boolean on);
}
