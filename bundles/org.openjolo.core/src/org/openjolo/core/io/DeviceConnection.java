package org.openjolo.core.io;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.transport.TransportAddress;

/**
 * A device's link as its driver sees it: one I/O worker owns the transport; everything goes through it.
 * Created by the device registry and handed to {@link org.openjolo.core.DeviceFamily#open}.
 */
public interface DeviceConnection {

    /** Where the device is. */
    TransportAddress address();

    /** The USB serial number of the device's adapter, "" where none is known: part of its {@link org.openjolo.core.DeviceIdentity}. */
    default String serialNumber() {
        return "";
    }

    /** What the workbench keeps for this device (labels, software calibrations...). */
    org.openjolo.core.DeviceProfile profile();

    /** The connection state. */
    ConnectionState state();

    /** The latest successful poll's snapshot. */
    Optional<Telemetry> latestTelemetry();

    /** Registers a listener (called on the worker thread). */
    void addListener(DeviceListener listener);

    /** Removes a listener. */
    void removeListener(DeviceListener listener);

    /**
     * Queues a command; commands run before the next poll. Fails fast with
     * {@link org.openjolo.core.DeviceException.Reason#NOT_CONNECTED} unless CONNECTED.
     *
     * @param description what it does, for logs and error messages ("move to 3455")
     */
    <T> CompletableFuture<T> submit(String description, IoTask<T> task);

    /**
     * Queues a command that changes something the poll reads back (an output, a PWM duty): it completes only
     * after the poll that follows it, so whoever reads the device's state once it completes sees the device's
     * answer to it, not the state before (a client that sets an output and reads it back at once). Commands queued
     * together share one poll.
     *
     * @param description what it does, for logs and error messages ("switch output 1 on")
     */
    default <T> CompletableFuture<T> submitThenPoll(String description, IoTask<T> task) {
        return submit(description, task);
    }
}
