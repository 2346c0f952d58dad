package org.openjolo.transport;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A serial port the operating system offers.
 *
 * @param path         the system path to open ({@code /dev/ttyUSB0}, {@code COM3})
 * @param description  what the driver says it is (e.g. "FT232R USB UART"), may be empty
 * @param serialNumber the serial number of the USB adapter behind it, "" where there is none (a pseudo-terminal,
 *                     a built-in port, an adapter without one): what tells one device from another whatever
 *                     port it comes up on
 */
public record SerialPortInfo(String path, String description, String serialNumber) {

    /** udev's stable names: {@code usb-<vendor>_<product>_<serial>-if<nn>[-port<n>]} under /dev/serial/by-id. */
    private static final Pattern BY_ID = Pattern.compile("usb-.+_([^_]+)-if\\d{2}(-port\\d+)?");

    /** Checks the parts; a missing serial number is "". */
    public SerialPortInfo {
        description = description == null ? "" : description;
        serialNumber = serialNumber == null || serialNumber.isBlank() || serialNumber.equalsIgnoreCase("unknown") ? "" : serialNumber.strip();
    }

    /** A port without a serial number. */
    public SerialPortInfo(String path, String description) {
        this(path, description, "");
    }

    /**
     * The USB serial number a udev link's name carries ({@code /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0}
     * gives {@code A50285BI}), for ports known by such a link.
     */
    public static Optional<String> serialNumberOfLink(String path) {
        Path name = Path.of(path).getFileName();
        Matcher m = name == null ? null : BY_ID.matcher(name.toString());
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
