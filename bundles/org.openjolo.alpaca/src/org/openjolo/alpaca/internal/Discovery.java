package org.openjolo.alpaca.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * Alpaca UDP discovery: answers "alpacadiscovery1" with the HTTP port, on the address the server is bound to
 * (loopback only unless LAN access is on).
 */
final class Discovery implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Discovery.class.getName());
    private static final String QUESTION = "alpacadiscovery1";

    private final DatagramSocket socket;
    private final Thread thread;
    private final int httpPort;

    Discovery(String address, int udpPort, int httpPort) throws IOException {
        this.httpPort = httpPort;
        socket = new DatagramSocket(null);
        // other Alpaca servers on this computer listen on the same port
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, udpPort));
        thread = new Thread(this::serve, "OpenJolo Alpaca discovery");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[1024];
        while (!socket.isClosed()) {
            try {
                DatagramPacket question = new DatagramPacket(buffer, buffer.length);
                socket.receive(question);
                String text = new String(question.getData(), 0, question.getLength(), StandardCharsets.US_ASCII);
                if (text.startsWith(QUESTION)) {
                    byte[] answer = ("{\"AlpacaPort\":" + httpPort + "}").getBytes(StandardCharsets.US_ASCII);
                    socket.send(new DatagramPacket(answer, answer.length, question.getSocketAddress()));
                }
            } catch (SocketException e) {
                if (!socket.isClosed()) {
                    LOG.log(Level.WARNING, "Alpaca discovery failed: " + e.getMessage());
                }
                return;
            } catch (IOException | RuntimeException e) {
                // a bad packet or a send to a vanished client: keep answering the others
                LOG.log(Level.WARNING, "Alpaca discovery: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
