package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alerts.Alerts;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.compensation.Compensation;
import org.openjolo.testing.Services;

/**
 * The headless simulator runs from the workbench's installation with {@code -Dopenjolo.alpaca.serve=false}: its
 * Alpaca server stays off, so a workbench started beside it gets the port.
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
        AlpacaService service = new AlpacaService();
        service.location = () -> home;
        service.alerts = Services.await(Alerts.class);
        service.compensation = Services.await(Compensation.class);
        new StoredState(home.resolve("settings/alpaca.json")).setSettings(AlpacaSettings.DEFAULT.withPort(port));
        System.setProperty(AlpacaService.SERVE_PROPERTY, "false");
        try {
            service.activate();
            assertTrue(service.address().isEmpty(), "not listening");
            assertEquals("Off in this program (openjolo.alpaca.serve=false): the workbench serves the devices", service.status());
            try (ServerSocket workbench = new ServerSocket(port)) {
                assertEquals(port, workbench.getLocalPort(), "the port is left free");
            }
        } finally {
            System.clearProperty(AlpacaService.SERVE_PROPERTY);
            service.deactivate();
        }
        AlpacaService serving = new AlpacaService();
        serving.location = () -> home;
        serving.alerts = Services.await(Alerts.class);
        serving.compensation = Services.await(Compensation.class);
        serving.activate();
        try {
            assertEquals(port, serving.address().orElseThrow().getPort(), "without the property it serves as configured");
        } finally {
            serving.deactivate();
        }
    }
}
