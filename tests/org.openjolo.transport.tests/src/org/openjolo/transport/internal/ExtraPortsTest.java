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
}
