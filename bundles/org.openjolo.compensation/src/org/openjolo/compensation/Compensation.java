package org.openjolo.compensation;

import java.util.Optional;

import org.openjolo.core.Device;

/** Temperature compensation for every connected device with a focuser. An OSGi service. */
public interface Compensation {

    /** The compensation of a connected device, if it has a focuser. */
    Optional<CompensationControl> of(Device device);
}
