package org.openjolo.core;

/** The profiles of all devices, by {@link DeviceIdentity#key()}. An OSGi service. */
public interface DeviceProfiles {

    /** The profile of the device with this key; created empty when new. */
    DeviceProfile of(String deviceKey);
}
