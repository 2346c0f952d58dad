package org.openjolo.indi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openjolo.indi.IndiServer;
import org.openjolo.indi.IndiSettings;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;

/** The INDI server part with a simulated AstroLink 4 USB and a client connected. */
class IndiUiTest {

    @Test
    void thePartSaysWhereItServesListsDevicesAndClientsAndRefusesABadPort() throws Throwable {
        IndiServer server = Services.await(IndiServer.class);
        server.configure(IndiSettings.DEFAULT.withPort(0));
        WorkbenchHarness.run(w -> {
            w.show("org.openjolo.indi.ui.part.server");
            IndiPart part = w.object("org.openjolo.indi.ui.part.server", IndiPart.class);
            Await.until("the simulated device served", WAIT, () -> w.ui(part::deviceRows).contains("AstroLink 4 USB"), () -> w.ui(part::deviceRows).toString());
            int port = server.address().orElseThrow().getPort();
            assertTrue(w.ui(part::stateText).startsWith("Serving INDI on 127.0.0.1:" + port + " to this computer only"), w.ui(part::stateText));
            w.ui(() -> part.applyPort("abc"));
            assertEquals("The TCP port must be a whole number from 1 to 65535, not 'abc'", w.ui(part::feedback));
            assertTrue(server.address().isPresent(), "a refused port leaves the server serving");

            // a client connects and asks for the properties: the part lists it with its messages
            try (Socket client = new Socket("127.0.0.1", port)) {
                client.getOutputStream().write("<getProperties version=\"1.7\"/>".getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().flush();
                Await.until("the client listed", WAIT, () -> w.ui(part::clientRows).stream().anyMatch(r -> r.startsWith("127.0.0.1:" + client.getLocalPort() + "|")
                        && r.endsWith("|1")), () -> w.ui(part::clientRows).toString());
                w.screenshot("indi");
                w.ui(part::revealClients);
                w.screenshot("indi-clients");
            }
            Await.until("the client gone from the list", WAIT, () -> w.ui(part::clientRows).isEmpty(), () -> w.ui(part::clientRows).toString());
        });
        server.configure(IndiSettings.DEFAULT.withPort(0));
    }
}
