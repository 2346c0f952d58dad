package org.openjolo.indi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alerts.Alerts;
import org.openjolo.indi.IndiSettings;
import org.openjolo.testing.Services;

/**
 * The headless simulator runs from the workbench's installation with {@code -Dopenjolo.indi.serve=false}: its
 * INDI server stays off, so a workbench started beside it gets the port.
 */
class ServePropertyTest {

    @TempDir
    Path home;

    @Test
    void theServerStaysOffWhenTheProgramSaysSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        new StoredSettings(home.resolve("settings/indi.json")).setSettings(IndiSettings.DEFAULT.withPort(port));
        IndiService service = service();
        System.setProperty(IndiService.SERVE_PROPERTY, "false");
        try {
            service.activate();
            assertTrue(service.address().isEmpty(), "not listening");
            assertEquals("Off in this program (openjolo.indi.serve=false): the workbench serves the devices", service.status());
            try (ServerSocket workbench = new ServerSocket(port)) {
                assertEquals(port, workbench.getLocalPort(), "the port is left free");
            }
        } finally {
            System.clearProperty(IndiService.SERVE_PROPERTY);
            service.deactivate();
        }
        IndiService serving = service();
        serving.activate();
        try {
            assertEquals(port, serving.address().orElseThrow().getPort(), "without the property it serves as configured");
            assertEquals("127.0.0.1", serving.address().orElseThrow().getAddress().getHostAddress(), "loopback unless opened");
        } finally {
            serving.deactivate();
        }
    }

    @Test
    void settingsAreKeptAndBadOnesRefused() throws Exception {
        StoredSettings stored = new StoredSettings(home.resolve("settings/indi.json"));
        assertEquals(IndiSettings.DEFAULT, stored.settings(), "port 7624, loopback");
        stored.setSettings(new IndiSettings(true, true, "0.0.0.0", 7625));
        assertEquals(new IndiSettings(true, true, "0.0.0.0", 7625), new StoredSettings(home.resolve("settings/indi.json")).settings());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new IndiSettings(true, false, "", 70000).validate());
        assertEquals("The INDI port must be from 1 to 65535, not 70000", e.getMessage());
    }

    private IndiService service() {
        IndiService s = new IndiService();
        s.location = () -> home;
        s.alerts = Services.await(Alerts.class);
        return s;
    }
}
