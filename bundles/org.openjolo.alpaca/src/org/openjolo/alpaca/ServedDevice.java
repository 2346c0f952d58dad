package org.openjolo.alpaca;

/**
 * One Alpaca device the server offers: a function of a connected device.
 *
 * @param deviceType  the Alpaca device type, lower case ("focuser", "switch", "observingconditions",
 *                    "safetymonitor")
 * @param number      its device number in the URL ({@code /api/v1/focuser/0/...}); kept for the device across
 *                    restarts
 * @param name        the name clients show
 * @param uniqueId    the Alpaca UniqueID: derived from the device's identity, so it never changes
 * @param deviceKey   the {@link org.openjolo.core.DeviceIdentity#key()} of the device it belongs to
 * @param available   whether that device is connected to the workbench now
 * @param instance    the capability instance it stands for where the device has several (a second focuser's
 *                    {@code focuser2}); "" for the device's first or only one
 */
public record ServedDevice(String deviceType, int number, String name, String uniqueId, String deviceKey, boolean available, String instance) {
}
