package org.openjolo.core;

import org.openjolo.transport.TransportAddress;

/**
 * Who a connected device is.
 *
 * @param familyId the {@link DeviceFamily#id()} that drives it
 * @param model    the model name as the device or family reports it (e.g. "AstroLink 4 USB")
 * @param firmware firmware/identification string the device answered with, or "" when unknown
 * @param address  where it is connected
 */
public record DeviceIdentity(String familyId, String model, String firmware, TransportAddress address) {

    /** A stable identifier for profiles and logs: family and port. */
    public String key() {
        return familyId + "@" + address;
    }
}
