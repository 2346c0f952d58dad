package org.openjolo.indi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.openjolo.indi.IndiClientInfo;

/**
 * One connected INDI client: what it was sent, its view of each device's CONNECTION, and its outgoing queue.
 * Messages to it are queued and written by its own writer thread, so a client that stops reading never blocks
 * the thread that pushes telemetry; when its queue is full it is dropped.
 */
final class Client {

    private static final System.Logger LOG = System.getLogger(Client.class.getName());
    /** Queued messages before a client that does not read is dropped: minutes of telemetry for a few devices. */
    static final int QUEUE = 2000;
    private static final String CLOSE = new String("close");

    final Socket socket;
    final String address;
    final Instant since = Instant.now();
    volatile Instant lastCall = since;
    final AtomicLong messages = new AtomicLong();
    /** Whether it asked for every device (getProperties without a device): it hears of devices that come later. */
    volatile boolean all;
    /** The properties defined to it, as "device\0property". */
    final Set<String> defined = ConcurrentHashMap.newKeySet();
    /** The INDI devices whose CONNECTION it switched off: it gets no more of their properties until it connects. */
    final Set<String> viewOff = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>(QUEUE + 1);
    private volatile boolean closed;

    Client(Socket socket) {
        this.socket = socket;
        this.address = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    static String key(String device, String property) {
        return device + "\0" + property;
    }

    /** Queues a message; a client that has let {@link #QUEUE} pile up is dropped instead. */
    void send(String xml) {
        if (closed) {
            return;
        }
        if (!out.offer(xml) || out.size() > QUEUE) {
            LOG.log(System.Logger.Level.WARNING, "INDI client " + address + " does not read what it is sent: dropped");
            close();
        }
    }

    /** Queues a last message and closes once it is written. */
    void sendAndClose(String xml) {
        out.offer(xml);
        out.offer(CLOSE);
    }

    /** The writer thread's loop: writes queued messages until the client is closed. */
    void write() {
        try (OutputStream o = socket.getOutputStream()) {
            while (!closed) {
                String xml = out.take();
                if (xml == CLOSE) {
                    break;
                }
                o.write(xml.getBytes(StandardCharsets.UTF_8));
                if (out.isEmpty()) {
                    o.flush();
                }
            }
            o.flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "INDI client " + address + " gone: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
        out.clear();
        out.offer(CLOSE);
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    IndiClientInfo info() {
        return new IndiClientInfo(address, since, lastCall, messages.get());
    }
}
