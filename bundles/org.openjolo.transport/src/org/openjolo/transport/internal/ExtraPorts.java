package org.openjolo.transport.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openjolo.transport.SerialPortInfo;

/**
 * Serial ports the operating system's enumeration does not show: stable udev links ({@code /dev/serial/by-id/*}),
 * socat or ser2net pseudo-terminals ({@code /tmp/ttyV*}). Named by the system property
 * {@value #PROPERTY}, a comma-separated list of paths whose last part may be a glob. A link to a port that is
 * listed already is left out, so no device is probed twice.
 */
final class ExtraPorts {

    static final String PROPERTY = "openjolo.serial.ports";

    private static final System.Logger LOG = System.getLogger(ExtraPorts.class.getName());

    private ExtraPorts() {
    }

    /**
     * The extra ports {@code spec} names that exist now, without those whose real path is in {@code listed}.
     */
    static List<SerialPortInfo> list(String spec, Set<String> listed) {
        List<SerialPortInfo> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String entry : spec.split(",")) {
            String pattern = entry.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            Path p = Path.of(pattern);
            Path dir = p.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, p.getFileName().toString())) {
                for (Path m : matches) {
                    if (!Files.exists(m) || Files.isDirectory(m)) {
                        continue; // a dangling link: the device behind it is unplugged
                    }
                    String real = m.toRealPath().toString();
                    if (!listed.contains(real) && !listed.contains(m.toString())) {
                        out.add(new SerialPortInfo(m.toString(), "listed by " + PROPERTY + " (" + real + ")",
                                SerialPortInfo.serialNumberOfLink(m.toString()).orElse("")));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                // a bad pattern or an unreadable folder must not hide the ports that were found
                LOG.log(Level.WARNING, "Cannot list the serial ports " + pattern + " named by " + PROPERTY + ": " + e.getMessage());
            }
        }
        return out;
    }
}
