package org.openjolo.transport;

/**
 * A serial port the operating system offers.
 *
 * @param path        the system path to open ({@code /dev/ttyUSB0}, {@code COM3})
 * @param description what the driver says it is (e.g. "FT232R USB UART"), may be empty
 */
public record SerialPortInfo(String path, String description) {
}
