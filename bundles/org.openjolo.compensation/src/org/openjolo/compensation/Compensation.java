package org.openjolo.compensation;

import java.util.Optional;

import org.openjolo.core.Device;
import org.openjolo.core.ProfileKeys;

/**
 * Temperature compensation for every focuser of every connected device: one {@link CompensationControl} per
 * (device, focuser instance), each with its own settings. An OSGi service.
 */
public interface Compensation {

    /** The compensation of a connected device's first focuser, if it has a focuser. */
    Optional<CompensationControl> of(Device device);

    /**
     * The compensation of focuser instance {@code focuserId} ({@code focuser}, {@code focuser2}…) of a connected
     * device, if the device has that focuser.
     *
     * <p>The default is what a service written before devices had several focusers can answer: its one
     * compensation for the first focuser, none for the others.</p>
     */
    default Optional<CompensationControl> of(Device device, String focuserId) {
        return ProfileKeys.isFirstFocuser(focuserId) ? of(device) : Optional.empty();
    }

    /**
     * Chooses who compensates a device's first focuser: its firmware (the default when the device has it) or
     * the workbench; kept in the device profile. The previous control stops.
     *
     * @return the new control, or empty when the device has no focuser or lacks the chosen implementation
     */
    Optional<CompensationControl> use(Device device, CompensationControl.Implementation implementation);

    /**
     * Chooses who compensates focuser instance {@code focuserId}: the device's firmware where it compensates
     * that focuser ({@link org.openjolo.core.capability.FirmwareCompensation#focuserId()}), or the workbench;
     * kept in the device profile for that focuser. The previous control of that focuser stops; the others
     * stay as they are.
     *
     * <p>The default is what a service written before devices had several focusers can do: the first focuser
     * only.</p>
     *
     * @return the new control, or empty when the device has no such focuser or lacks the chosen implementation
     *         for it
     */
    default Optional<CompensationControl> use(Device device, String focuserId, CompensationControl.Implementation implementation) {
        return ProfileKeys.isFirstFocuser(focuserId) ? use(device, implementation) : Optional.empty();
    }
}
