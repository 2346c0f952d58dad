package org.openjolo.compensation;

import java.util.Optional;

import org.openjolo.core.Device;

/** Temperature compensation for every connected device with a focuser. An OSGi service. */
public interface Compensation {

    /** The compensation of a connected device, if it has a focuser. */
    Optional<CompensationControl> of(Device device);

    /**
     * Chooses who compensates a device: its firmware (the default when the device has it) or the workbench; kept
     * in the device profile. The previous control stops.
     *
     * @return the new control, or empty when the device has no focuser or lacks the chosen implementation
     */
    Optional<CompensationControl> use(Device device, CompensationControl.Implementation implementation);
}
