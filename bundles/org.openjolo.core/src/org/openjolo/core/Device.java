package org.openjolo.core;

import java.util.Optional;
import java.util.Set;

import org.openjolo.core.description.DeviceDescription;

/**
 * A connected device. Everything it can do is offered as optional {@link Capability capabilities}; callers ask
 * for the ones they handle. All commands are asynchronous and go through the device's I/O worker.
 */
public interface Device {

    /** Family, model, firmware and port. */
    DeviceIdentity identity();

    /** The current connection state. */
    ConnectionState state();

    /** The capability of the given type, if the device has it (the first instance where it has several). */
    <C extends Capability> Optional<C> capability(Class<C> type);

    /**
     * One instance of a capability the device has several of (focuser 2 of a two-focuser controller), by the
     * id its {@link #description()} gives it.
     */
    <C extends Capability> Optional<C> capability(Class<C> type, String instanceId);

    /**
     * What the device has, as it says itself: its capability instances with their telemetry channels and
     * settings with their limits. Consumers build their views, logs, rules and network devices from this.
     */
    DeviceDescription description();

    /** The capability types this device offers. */
    Set<Class<? extends Capability>> capabilities();

    /** The latest snapshot, if a poll has succeeded since connecting. */
    Optional<Telemetry> latestTelemetry();

    /** What the workbench keeps for this device: labels, lock, named positions, software calibrations. */
    DeviceProfile profile();

    /** Registers a listener; it immediately gets nothing, the next poll brings news. */
    void addListener(DeviceListener listener);

    /** Removes a listener. */
    void removeListener(DeviceListener listener);
}
