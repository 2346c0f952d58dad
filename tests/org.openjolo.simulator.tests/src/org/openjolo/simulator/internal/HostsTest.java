package org.openjolo.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Services;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportFactory;
import org.openjolo.transport.TransportTimeoutException;

/** The hosts, driven through the real transports: jSerialComm on a pseudo-terminal, and TCP. */
class HostsTest {

    /** Answers "x" with "x:<length>:<a 100-byte payload>", like a status line. */
    static final class EchoDevice implements VirtualDevice {
        @Override
        public String familyId() {
            return "echo";
        }

        @Override
        public int baudRate() {
            return 38400;
        }

        @Override
        public String description() {
            return "echo device";
        }

        @Override
        public String handle(String request) {
            return request.equals("boom") ? null : request.charAt(0) + ":" + request.length() + ":" + "9".repeat(100);
        }
    }

    @TempDir
    Path dir;

    private final TransportFactory transports = Services.await(TransportFactory.class);
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void jSerialCommTalksToAPseudoTerminalLikeAUsbPort() throws IOException {
        try (SimulatedDevice sim = Hosts.host(new EchoDevice(), HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyEcho")));
                Transport serial = transports.create(sim.address(), 38400)) {
            assertTrue(Files.isSymbolicLink(dir.resolve("ttyEcho")));
            serial.open();
            assertEquals("a:5:" + "9".repeat(100), serial.exchange("abcde", TIMEOUT));
            assertEquals("q:1:" + "9".repeat(100), serial.exchange("q", TIMEOUT));
            assertEquals(java.util.List.of("abcde", "q"), sim.faults().received());

            Transport second = transports.create(sim.address(), 38400);
            IOException busy = assertThrows(IOException.class, second::open);
            assertTrue(busy.getMessage().contains("already in use"), busy.getMessage());
        }
    }

    @Test
    void faultsTimeOutGarbleAndDropTheLink() throws IOException {
        try (SimulatedDevice sim = Hosts.host(new EchoDevice(), HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyF")));
                Transport serial = transports.create(sim.address(), 38400)) {
            serial.open();
            TransportTimeoutException silent = assertThrows(TransportTimeoutException.class, () -> serial.exchange("boom", TIMEOUT));
            assertTrue(silent.getMessage().contains("No reply to 'boom'"), silent.getMessage());

            sim.faults().delayReplies(Duration.ofMillis(800));
            assertThrows(TransportTimeoutException.class, () -> serial.exchange("slow", TIMEOUT));
            sim.faults().delayReplies(Duration.ZERO);
            // the late answer to "slow" arrives now; the next request must discard it rather than take it
            sleep(600);

            sim.faults().corruptNext(1);
            String garbled = serial.exchange("abc", Duration.ofSeconds(2));
            assertNotEquals("s:4:" + "9".repeat(100), garbled, "the stale reply was discarded");
            assertNotEquals("a:3:" + "9".repeat(100), garbled);
            assertNotEquals('a', garbled.charAt(0));
            assertEquals("a:3:" + "9".repeat(100), serial.exchange("abc", Duration.ofSeconds(2)), "stale bytes were discarded");

            sim.faults().dropLink();
            assertFalse(Files.exists(dir.resolve("ttyF")));
            assertThrows(IOException.class, () -> serial.exchange("abc", TIMEOUT));
            serial.close();
            assertThrows(IOException.class, serial::open, "the port is gone");

            sim.faults().restoreLink();
            assertTrue(Files.exists(dir.resolve("ttyF")));
            serial.open();
            assertEquals("a:3:" + "9".repeat(100), serial.exchange("abc", TIMEOUT));

            String full = "a:3:" + "9".repeat(100);
            sim.faults().truncateNext(1);
            String cut = serial.exchange("abc", TIMEOUT);
            assertTrue(cut.length() < full.length() && full.startsWith(cut), "a prefix of the reply: " + cut);
            sim.faults().noiseNext(1);
            String noisy = serial.exchange("abc", TIMEOUT);
            // the noise may hold line ends: the line read is noise, or noise followed by the start of the reply
            assertNotEquals(full, noisy, "noise came first");
            assertEquals(full, serial.exchange("abc", TIMEOUT), "the rest of the noisy reply is discarded before the next request");

            sim.faults().dropLink();
            serial.close();
            sim.faults().restoreLinkAs(dir.resolve("ttyG"));
            assertFalse(Files.exists(dir.resolve("ttyF")), "the old name stays gone");
            assertEquals(dir.resolve("ttyG").toString(), sim.address().target());
            try (Transport moved = transports.create(sim.address(), 38400)) {
                moved.open();
                assertEquals(full, moved.exchange("abc", TIMEOUT));
            }
        }
    }

    @Test
    void onlyAPseudoTerminalComesBackUnderAnotherName() throws IOException {
        try (SimulatedDevice sim = Hosts.host(new EchoDevice(), HostKind.TCP, HostOptions.unpaced())) {
            sim.faults().dropLink();
            assertThrows(UnsupportedOperationException.class, () -> sim.faults().restoreLinkAs(dir.resolve("x")));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void pacingHoldsRepliesToTheBaudRate() throws IOException {
        try (SimulatedDevice sim = Hosts.host(new EchoDevice(), HostKind.PTY, HostOptions.defaults());
                Transport serial = transports.create(sim.address(), 38400)) {
            serial.open();
            int rounds = 20;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                serial.exchange("q", Duration.ofSeconds(1));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // request "q\n" + reply "q:1:" + 100 digits + "\n": 107 bytes, 10 bits each, at 38400 baud
            double wire = rounds * 107 * 10 / 38400.0;
            assertTrue(seconds >= wire, "paced: " + seconds + " s for " + rounds + " round trips, the wire needs " + wire + " s");
        }
    }

    @Test
    void tcpHostServesTheSameProtocolAndComesBackAfterADrop() throws IOException {
        try (SimulatedDevice sim = Hosts.host(new EchoDevice(), HostKind.TCP, HostOptions.unpaced());
                Transport tcp = transports.create(sim.address(), 38400)) {
            assertEquals(org.openjolo.transport.TransportAddress.Kind.TCP, sim.address().kind());
            tcp.open();
            assertEquals("x:1:" + "9".repeat(100), tcp.exchange("x", TIMEOUT));
            sim.faults().dropLink();
            assertThrows(IOException.class, () -> tcp.exchange("x", TIMEOUT));
            tcp.close();
            sim.faults().restoreLink();
            tcp.open();
            assertEquals("y:1:" + "9".repeat(100), tcp.exchange("y", TIMEOUT));
        }
    }

    @Test
    void inMemoryLinkAppliesTheSameFaults() throws IOException {
        InMemoryLink link = new InMemoryLink(new EchoDevice());
        link.open();
        assertEquals("z:1:" + "9".repeat(100), link.exchange("z", TIMEOUT));
        link.faults().stall(true);
        assertThrows(TransportTimeoutException.class, () -> link.exchange("z", Duration.ofMillis(50)));
        link.faults().stall(false);
        link.faults().dropLink();
        assertThrows(IOException.class, () -> link.exchange("z", TIMEOUT));
        link.close();
        assertThrows(IOException.class, link::open);
    }

    @Test
    void standaloneSimulatorOptionsAreValidated() {
        SimulatorApplication.Options o = SimulatorApplication.Options.parse(new String[] { "--family", "astrolink4", "--tcp", "4030", "--unpaced" });
        assertEquals(HostKind.TCP, o.kind);
        assertEquals(4030, o.tcpPort);
        assertTrue(o.unpaced);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SimulatorApplication.Options.parse(new String[] { "--tcp", "70000" }));
        assertTrue(bad.getMessage().contains("0-65535"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorApplication.Options.parse(new String[] { "--bogus" }));
        assertEquals(java.util.List.of("astrolink4"), SimulatorApplication.Options.parse(new String[] { "-consoleLog" }).families);
    }
}
