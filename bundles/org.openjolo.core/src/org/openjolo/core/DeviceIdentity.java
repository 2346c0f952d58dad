package org.openjolo.core;

import org.openjolo.transport.TransportAddress;

/**
 * Who a connected device is.
 *
 * @param familyId     the {@link DeviceFamily#id()} that drives it
 * @param model        the model name as the device or family reports it (e.g. "AstroLink 4 USB")
 * @param firmware     firmware/identification string the device answered with, or "" when unknown
 * @param address      where it is connected
 * @param serialNumber the USB serial number of its adapter, "" where there is none (a pseudo-terminal, a network
 *                     serial server, an adapter without one)
 */
public record DeviceIdentity(String familyId, String model, String firmware, TransportAddress address, String serialNumber) {

    /** Checks the parts; a missing serial number is "". */
    public DeviceIdentity {
        serialNumber = serialNumber == null ? "" : serialNumber;
    }

    /** A device known by its address only. */
    public DeviceIdentity(String familyId, String model, String firmware, TransportAddress address) {
        this(familyId, model, firmware, address, "");
    }

    /**
     * A stable identifier for profiles, charts, logs and Alpaca UniqueIDs: family and USB serial number, so a
     * device keeps its settings on whatever port it comes up ({@code /dev/ttyUSB1} instead of {@code ttyUSB0},
     * COM4 instead of COM3); family and port where it has no serial number.
     */
    public String key() {
        return serialNumber.isEmpty() ? portKey() : key(familyId, serialNumber);
    }

    /** The key by family and port: what {@link #key()} was before devices were known by serial number. */
    public String portKey() {
        return familyId + "@" + address;
    }

    /** The key of a device of {@code familyId} with a USB serial number. */
    public static String key(String familyId, String serialNumber) {
        return familyId + "@usb:" + serialNumber;
    }
}
