package org.openjolo.core.io;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.openjolo.core.DeviceException;

/**
 * Helpers for capability methods that take values from a person or a client: the check runs on the caller's
 * thread before anything is queued, so a refused value never reaches the wire and fails the future at once.
 */
public final class Commands {

    private Commands() {
    }

    /** A validation that may refuse with a {@link DeviceException}. */
    @FunctionalInterface
    public interface Check {
        /** @throws DeviceException when the value is refused */
        void run() throws DeviceException;
    }

    /**
     * Runs {@code check}; when it passes, returns {@code command.get()} (which typically submits to the
     * device's connection), else a future failed with the check's exception.
     */
    public static <T> CompletableFuture<T> checked(Check check, Supplier<CompletableFuture<T>> command) {
        try {
            check.run();
        } catch (DeviceException e) {
            return CompletableFuture.failedFuture(e);
        }
        return command.get();
    }
}
