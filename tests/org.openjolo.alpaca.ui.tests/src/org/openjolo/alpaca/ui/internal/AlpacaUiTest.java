package org.openjolo.alpaca.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import org.junit.jupiter.api.Test;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;

/** The Alpaca server part with a simulated AstroLink 4 USB. */
class AlpacaUiTest {

    @Test
    void thePartSaysWhereItServesListsTheDevicesAndRefusesABadPort() throws Throwable {
        AlpacaServer server = Services.await(AlpacaServer.class);
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
        WorkbenchHarness.run(w -> {
            w.show("org.openjolo.alpaca.ui.part.server");
            AlpacaPart part = w.object("org.openjolo.alpaca.ui.part.server", AlpacaPart.class);
            Await.until("the simulated device offered", WAIT, () -> w.ui(part::deviceRows).size() == 4, () -> w.ui(part::deviceRows).toString());
            assertTrue(w.ui(part::stateText).startsWith("Serving http://127.0.0.1:" + server.address().orElseThrow().getPort() + " to this computer only"),
                    w.ui(part::stateText));
            assertTrue(w.ui(part::deviceRows).get(0).matches("focuser \\d+ AstroLink 4 USB on .* focuser"), w.ui(part::deviceRows).toString());
            w.ui(() -> part.applyPort("abc"));
            assertEquals("The HTTP port must be a whole number from 1 to 65535, not 'abc'", w.ui(part::feedback));
            assertTrue(server.address().isPresent(), "a refused port leaves the server serving");

            // a program connects and reads the position: the part shows what it is connected to and its last call
            int focuser = server.devices().get(0).number();
            String base = "http://127.0.0.1:" + server.address().orElseThrow().getPort() + "/api/v1/focuser/" + focuser + "/";
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "connected")).header("Content-Type", "application/x-www-form-urlencoded")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("Connected=True&ClientID=42")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "position?ClientID=42")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            Await.until("the client listed", WAIT, () -> w.ui(part::clientRows).stream().anyMatch(r -> r.startsWith("42|127.0.0.1|")),
                    () -> w.ui(part::clientRows).toString());
            String row = w.ui(part::clientRows).stream().filter(r -> r.startsWith("42|")).findFirst().orElseThrow();
            assertTrue(row.matches("42\\|127\\.0\\.0\\.1\\|AstroLink 4 USB on .* focuser, AstroLink 4 USB on .* switches, AstroLink 4 USB on .* observing "
                    + "conditions, AstroLink 4 USB on .* safety monitor\\|\\d+ s ago: GET focuser/" + focuser + "/position\\|2"), row);
            w.screenshot("alpaca");
            w.ui(part::revealClients);
            w.screenshot("alpaca-clients");
        });
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
    }
}
