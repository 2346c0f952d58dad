package org.openjolo.alpaca.internal;

import org.openjolo.core.Device;

/**
 * One API request to one Alpaca device.
 *
 * @param type     the device type
 * @param device   the workbench device behind it
 * @param member   the member name, lower case
 * @param put      whether it is a PUT (an action or setter) rather than a GET (a property)
 * @param params   the request's parameters
 * @param clientId the client's ClientID (0 when it gave none)
 * @param instance the capability instance the Alpaca device stands for (a second focuser's {@code focuser2}),
 *                 or null for the device's first one
 */
record Call(String type, Device device, String member, boolean put, Params params, long clientId, String instance) {

    /** A call to the device's first instance of the type. */
    Call(String type, Device device, String member, boolean put, Params params, long clientId) {
        this(type, device, member, put, params, clientId, null);
    }

    /** The same client reading another member of the same Alpaca device (for DeviceState). */
    Call withMember(String other) {
        return new Call(type, device, other, false, params, clientId, instance);
    }

    /** The same call with other parameters. */
    Call withParams(Params other) {
        return new Call(type, device, member, put, other, clientId, instance);
    }
}
