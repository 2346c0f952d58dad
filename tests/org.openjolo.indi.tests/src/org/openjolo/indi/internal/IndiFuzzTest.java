package org.openjolo.indi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.Await;
import org.openjolo.testing.Fuzz;

/**
 * Hostile input: the message reader on its own with many generated streams, then the running server with
 * malformed and oversized XML over sockets. A bad client is told why and dropped; the server goes on serving.
 */
class IndiFuzzTest extends ServedDevice {

    private static final List<String> VALID = List.of("<getProperties version=\"1.7\"/>",
            "<getProperties version=\"1.7\" device=\"AstroLink 4 USB\" name=\"ABS_FOCUS_POSITION\"/>",
            "<newNumberVector device=\"AstroLink 4 USB\" name=\"FOCUS_SYNC\"><oneNumber name=\"FOCUS_SYNC_VALUE\">abc</oneNumber></newNumberVector>",
            "<newSwitchVector device=\"AstroLink 4 USB\" name=\"FOCUS_MOTION\"><oneSwitch name=\"FOCUS_INWARD\">Maybe</oneSwitch></newSwitchVector>",
            "<newTextVector device=\"AstroLink 4 USB\" name=\"DEVICE_PORT\"><oneText name=\"PORT\">/dev/null</oneText></newTextVector>",
            "<enableBLOB device=\"AstroLink 4 USB\">Never</enableBLOB>");

    @Override
    String indiName() {
        return "AstroLink 4 USB";
    }

    @Test
    void theReaderOnlyRefusesOrReads() {
        Fuzz fuzz = Fuzz.forTest("IndiMessageReader", 3000);
        fuzz.forAll(f -> f.chance(0.2) ? new String(f.bytes(300), StandardCharsets.ISO_8859_1) : f.mutate(f.pick(VALID), '"'), input -> {
            Fuzz.onlyThrows(() -> {
                MessageReader r = new MessageReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
                int n = 0;
                while (r.next() != null) {
                    assertTrue(++n < 100, "the reader ends");
                }
            }, MessageReader.Refused.class, IOException.class);
        });
    }

    @Test
    void malformedAndOversizedClientsAreDroppedAndTheServerGoesOn() throws Exception {
        for (String bad : List.of("<getProperties version=\"1.7\" <", "</oops>", "<a><b><c/></b></a>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "<getProperties version=\"1.7\"/> plain text <getProperties version=\"1.7\"/>", "<newNumberVector device=\"AstroLink 4 USB\" name=\"FOCUS_SYNC\"><oneNumber name=\"x\">1</twoNumber>")) {
            try (RawClient c = new RawClient(port)) {
                c.send(bad);
                c.awaitReceived("<message", WAIT, bad);
                c.awaitDropped(WAIT);
                assertTrue(c.received().contains("Dropped by the OpenJolo Workbench INDI server"), bad + " → " + c.received());
            }
        }
        try (RawClient big = new RawClient(port)) {
            try {
                big.send("<newTextVector device=\"AstroLink 4 USB\" name=\"DEVICE_PORT\"><oneText name=\"PORT\">");
                big.send("a".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // the server may drop it before all is written
            }
            big.awaitDropped(WAIT);
        }
        try (RawClient huge = new RawClient(port)) {
            try {
                huge.send("<getProperties version=\"" + "7".repeat(300_000) + "\"/>");
            } catch (IOException e) {
                // the server may drop it before all is written
            }
            huge.awaitDropped(WAIT);
        }
        Fuzz fuzz = Fuzz.forTest("IndiServerSockets", 40);
        fuzz.forAll(f -> f.mutate(f.pick(VALID), '"'), input -> {
            try (RawClient c = new RawClient(port)) {
                c.send(input + "\n<getProperties version=\"1.7\" device=\"AstroLink 4 USB\" name=\"FOCUS_MAX\"/>");
                // either it was read (and the last request answered) or refused with a message and dropped
                Await.until("an answer or a drop", WAIT, () -> c.received().contains("name=\"FOCUS_MAX\"") || c.dropped(), c::received);
            }
        });
        Await.until("every fuzzing client gone", WAIT, () -> server.clients().isEmpty(), () -> server.clients().toString());
        int position = device.capability(Focuser.class).orElseThrow().position();
        assertEquals(Integer.toString(position), IndiTools.getprop(port, p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION")).get(p("ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION")),
                "the server still serves");
    }

    @Test
    void badValuesAreAnsweredWithoutDroppingTheClient() throws Exception {
        try (RawClient c = new RawClient(port)) {
            c.send("<getProperties version=\"1.7\"/>");
            c.awaitReceived("name=\"FOCUS_SYNC\"", WAIT);
            c.send(VALID.get(2));
            c.awaitReceived("'abc' is not a number", WAIT);
            c.send("<newNumberVector device=\"Nobody\" name=\"X\"><oneNumber name=\"Y\">1</oneNumber></newNumberVector>");
            c.awaitReceived("There is no INDI device 'Nobody' here", WAIT);
            c.send(VALID.get(4));
            c.awaitReceived("DEVICE_PORT is read-only", WAIT);
            c.send("<newSwitchVector device=\"AstroLink 4 USB\" name=\"FOCUS_MOTION\"><oneSwitch name=\"FOCUS_INWARD\">Maybe</oneSwitch></newSwitchVector>");
            c.awaitReceived("A switch is On or Off, not 'Maybe'", WAIT);
            assertTrue(!c.dropped(), "still connected");
        }
    }
}
