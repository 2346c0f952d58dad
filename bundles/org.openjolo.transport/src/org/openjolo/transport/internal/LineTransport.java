package org.openjolo.transport.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportTimeoutException;

/**
 * The framing both byte channels share: LF-terminated requests, replies read up to the first LF, CR stripped,
 * input discarded before each request (as the makers' drivers do, so stale or unsolicited bytes never become
 * a reply).
 */
abstract class LineTransport implements Transport {

    /** Longest reply accepted; the makers' drivers read at most 250 bytes. */
    static final int MAX_LINE = 512;

    private final TransportAddress address;
    private final int baudRate;
    private final PortLocks locks;
    private boolean open;
    private final byte[] buffer = new byte[256];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    LineTransport(TransportAddress address, int baudRate, PortLocks locks) {
        this.address = address;
        this.baudRate = baudRate;
        this.locks = locks;
    }

    @Override
    public final TransportAddress address() {
        return address;
    }

    @Override
    public final int baudRate() {
        return baudRate;
    }

    @Override
    public final synchronized void open() throws IOException {
        if (open) {
            return;
        }
        locks.acquire(address);
        try {
            doOpen();
            open = true;
        } catch (IOException | RuntimeException e) {
            locks.release(address);
            throw e;
        }
    }

    @Override
    public final synchronized boolean isOpen() {
        return open;
    }

    @Override
    public final synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            doClose();
        } finally {
            locks.release(address);
        }
    }

    @Override
    public final synchronized String exchange(String request, Duration timeout) throws IOException {
        if (!open) {
            throw new IOException(address.displayName() + " is not open");
        }
        if (request.indexOf('\n') >= 0 || request.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A request must be one line: " + request.replace("\n", "\\n"));
        }
        discardInput();
        line.reset();
        write((request + "\n").getBytes(StandardCharsets.US_ASCII));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMs <= 0) {
                throw new TransportTimeoutException("No reply to '" + request + "' from " + address.displayName()
                        + " within " + timeout.toMillis() + " ms"
                        + (line.size() > 0 ? " (received only '" + printable(line.toByteArray()) + "')" : ""));
            }
            int n = read(buffer, (int) Math.min(remainingMs, 200));
            if (n < 0) {
                throw new IOException("Link to " + address.displayName() + " was lost");
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int len = bytes.length;
                    if (len > 0 && bytes[len - 1] == '\r') {
                        len--;
                    }
                    return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
                }
                if (line.size() >= MAX_LINE) {
                    throw new IOException("Reply from " + address.displayName() + " is longer than " + MAX_LINE
                            + " bytes without a line end: not a device of this protocol, or a wrong baud rate");
                }
                line.write(b);
            }
        }
    }

    static String printable(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 32 && c < 127) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.toString();
    }

    /** Opens the underlying channel; called with the address lock held. */
    protected abstract void doOpen() throws IOException;

    /** Closes the underlying channel; must not throw. */
    protected abstract void doClose();

    /** Drops bytes that arrived before the request. */
    protected abstract void discardInput() throws IOException;

    /** Writes all bytes or throws. */
    protected abstract void write(byte[] bytes) throws IOException;

    /**
     * Reads what is available, waiting at most {@code timeoutMs} for the first byte.
     *
     * @return bytes read, 0 on timeout, -1 when the link is gone
     */
    protected abstract int read(byte[] into, int timeoutMs) throws IOException;
}
