package org.openjolo.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportTimeoutException;

/** Line framing over a raw socket whose peer the test controls byte by byte. */
class TcpTransportTest {

    private ServerSocket server;
    private final BlockingQueue<Socket> accepted = new ArrayBlockingQueue<>(4);
    private final DefaultTransportFactory factory = new DefaultTransportFactory();
    private Transport transport;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException e) {
                // server closed at the end of the test
            }
        });
        t.setDaemon(true);
        t.start();
        transport = factory.create(TransportAddress.tcp("127.0.0.1", server.getLocalPort()), 38400);
    }

    @AfterEach
    void close() throws IOException {
        transport.close();
        server.close();
    }

    private Socket peer() throws Exception {
        Socket s = accepted.poll(5, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no connection");
        }
        return s;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            sb.append((char) b);
        }
        return sb.toString();
    }

    @Test
    void sendsLfTerminatedRequestAndStripsCrFromReply() throws Exception {
        transport.open();
        Socket peer = peer();
        Thread answer = new Thread(() -> {
            try {
                assertEquals("q", readLine(peer.getInputStream()));
                peer.getOutputStream().write("q:1:2\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        answer.start();
        assertEquals("q:1:2", transport.exchange("q", Duration.ofSeconds(2)));
        answer.join();
    }

    @Test
    void staleInputIsDiscardedBeforeARequest() throws Exception {
        transport.open();
        Socket peer = peer();
        OutputStream out = peer.getOutputStream();
        out.write("junk-from-before\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(200);
        Thread answer = new Thread(() -> {
            try {
                readLine(peer.getInputStream());
                out.write("H:\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        answer.start();
        assertEquals("H:", transport.exchange("H", Duration.ofSeconds(2)));
        answer.join();
    }

    @Test
    void timeoutSaysWhatWasAskedAndWhatArrived() throws Exception {
        transport.open();
        Socket peer = peer();
        peer.getOutputStream().write("q:12".getBytes(StandardCharsets.US_ASCII));
        TransportTimeoutException e = assertThrows(TransportTimeoutException.class, () -> transport.exchange("q", Duration.ofMillis(300)));
        assertTrue(e.getMessage().startsWith("No reply to 'q' from 127.0.0.1:"), e.getMessage());
    }

    @Test
    void endlessReplyWithoutLineEndIsRefused() throws Exception {
        transport.open();
        Socket peer = peer();
        Thread flood = new Thread(() -> {
            try {
                readLine(peer.getInputStream());
                peer.getOutputStream().write(new byte[2000]);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        flood.start();
        IOException e = assertThrows(IOException.class, () -> transport.exchange("q", Duration.ofSeconds(2)));
        assertTrue(e.getMessage().contains("longer than 512 bytes"), e.getMessage());
    }

    @Test
    void peerClosingIsALostLinkAndRequestsMustBeOneLine() throws Exception {
        transport.open();
        peer().close();
        IOException e = assertThrows(IOException.class, () -> transport.exchange("q", Duration.ofSeconds(2)));
        assertTrue(e.getMessage().contains("was lost"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> transport.exchange("a\nb", Duration.ofSeconds(1)));
    }

    @Test
    void anAddressIsOpenedOnceAndRefusedConnectionsAreExplained() throws Exception {
        transport.open();
        Transport twin = factory.create(transport.address(), 38400);
        IOException busy = assertThrows(IOException.class, twin::open);
        assertTrue(busy.getMessage().contains("already in use by another device"), busy.getMessage());
        transport.close();
        twin.open();
        twin.close();

        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Transport nowhere = factory.create(TransportAddress.tcp("127.0.0.1", closedPort), 38400);
        IOException refused = assertThrows(IOException.class, nowhere::open);
        assertTrue(refused.getMessage().startsWith("Cannot connect to 127.0.0.1:" + closedPort), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> factory.create(transport.address(), 0));
    }

    @Test
    void addressesParseWhatUsersType() {
        assertEquals(TransportAddress.serial("/dev/ttyUSB0"), TransportAddress.parse(" /dev/ttyUSB0 "));
        assertEquals(TransportAddress.serial("COM3"), TransportAddress.parse("COM3"));
        assertEquals(TransportAddress.tcp("host", 4030), TransportAddress.parse("tcp://host:4030"));
        assertEquals(TransportAddress.tcp("host", 4030), TransportAddress.parse(TransportAddress.tcp("host", 4030).toString()));
        assertThrows(IllegalArgumentException.class, () -> TransportAddress.parse(""));
        assertThrows(IllegalArgumentException.class, () -> TransportAddress.parse("tcp:host"));
        assertThrows(IllegalArgumentException.class, () -> TransportAddress.parse("tcp:host:port"));
    }
}
