package org.openjolo.indi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openjolo.testing.Await;

/**
 * A bare INDI client on a socket: sends text and collects everything the server sends, for assertions on the
 * messages themselves (updates pushed, delProperty, message, being dropped).
 */
final class RawClient implements AutoCloseable {

    private final Socket socket;
    private final StringBuffer received = new StringBuffer();
    private volatile boolean closedByServer;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = socket.getInputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    received.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // closed
            }
            closedByServer = true;
        });
    }

    void send(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    String received() {
        return received.toString();
    }

    void clear() {
        received.setLength(0);
    }

    /** Waits until what arrived contains {@code text}. */
    void awaitReceived(String text, Duration timeout) {
        awaitReceived(text, timeout, "");
    }

    /** Waits until what arrived contains {@code text}, naming what was sent in a failure. */
    void awaitReceived(String text, Duration timeout, String after) {
        Await.until("the server to send " + text + (after.isEmpty() ? "" : " after " + after), timeout, () -> received().contains(text), () -> tail());
    }

    /** Waits until the server closes the connection. */
    void awaitDropped(Duration timeout) {
        Await.until("the server to drop the client", timeout, () -> closedByServer, () -> tail());
    }

    boolean dropped() {
        return closedByServer;
    }

    private String tail() {
        String r = received();
        return r.length() > 2000 ? "…" + r.substring(r.length() - 2000) : r;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
