package org.openjolo.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.transport.SerialPortInfo;

class ExtraPortsTest {

    @TempDir
    Path dir;

    @Test
    void globsNameExistingPortsAndLeaveOutDanglingLinksAndPortsListedAlready() throws Exception {
        Path real = Files.createFile(dir.resolve("pts-7"));
        Path listedReal = Files.createFile(dir.resolve("ttyUSB0"));
        Files.createSymbolicLink(dir.resolve("ttyV0"), real);
        Files.createSymbolicLink(dir.resolve("ttyV1"), dir.resolve("unplugged"));
        Files.createSymbolicLink(dir.resolve("ttyV2"), listedReal);
        Files.createDirectory(dir.resolve("ttyVdir"));

        List<SerialPortInfo> ports = ExtraPorts.list(dir.resolve("ttyV*") + ", " + dir.resolve("missing-folder/x*") + ",,",
                Set.of(listedReal.toRealPath().toString()));
        assertEquals(List.of(dir.resolve("ttyV0").toString()), ports.stream().map(SerialPortInfo::path).toList());
        assertTrue(ports.get(0).description().contains(real.toRealPath().toString()), ports.get(0).description());
        assertEquals(List.of(), ExtraPorts.list(null, Set.of()));
        assertEquals(List.of(), ExtraPorts.list(dir.resolve("[") + "", Set.of()), "a bad glob lists nothing and says so in the log");
    }

    @Test
    void theFactoryListsThemWithTheOperatingSystemsPorts() throws Exception {
        Path port = Files.createFile(dir.resolve("ttyOJ-test"));
        String before = System.getProperty(ExtraPorts.PROPERTY);
        System.setProperty(ExtraPorts.PROPERTY, dir.resolve("ttyOJ-*").toString());
        try {
            assertTrue(new DefaultTransportFactory().listSerialPorts().stream().anyMatch(p -> p.path().equals(port.toString())));
        } finally {
            if (before == null) {
                System.clearProperty(ExtraPorts.PROPERTY);
            } else {
                System.setProperty(ExtraPorts.PROPERTY, before);
            }
        }
    }

    /** udev's by-id links carry the adapter's serial number, which tells one device from another on any port. */
    @Test
    void aByIdLinkGivesTheAdaptersSerialNumber() throws Exception {
        assertEquals(java.util.Optional.of("A50285BI"), SerialPortInfo.serialNumberOfLink("/dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0"));
        assertEquals(java.util.Optional.of("0001"), SerialPortInfo.serialNumberOfLink("/dev/serial/by-id/usb-Arduino__www.arduino.cc__0043_0001-if00"));
        assertEquals(java.util.Optional.empty(), SerialPortInfo.serialNumberOfLink("/dev/ttyUSB0"));
        assertEquals(java.util.Optional.empty(), SerialPortInfo.serialNumberOfLink("/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0"));
        assertEquals("", new SerialPortInfo("/dev/ttyS0", "built in", "Unknown").serialNumber(), "jSerialComm's word for none");

        Path real = Files.createFile(dir.resolve("pts-9"));
        Path link = Files.createSymbolicLink(dir.resolve("usb-QinHeng_USB_Serial_5A1B2C3D-if00-port0"), real);
        List<SerialPortInfo> ports = ExtraPorts.list(dir.resolve("usb-*").toString(), Set.of());
        assertEquals(List.of(new SerialPortInfo(link.toString(), "listed by " + ExtraPorts.PROPERTY + " (" + real.toRealPath() + ")", "5A1B2C3D")), ports);
        assertEquals("5A1B2C3D", new DefaultTransportFactory().serialNumber(org.openjolo.transport.TransportAddress.serial(link.toString())));
        assertEquals("", new DefaultTransportFactory().serialNumber(org.openjolo.transport.TransportAddress.tcp("localhost", 4030)));
    }
}
