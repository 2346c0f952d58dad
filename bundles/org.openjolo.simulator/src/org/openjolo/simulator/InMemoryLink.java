package org.openjolo.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportTimeoutException;

/**
 * A transport wired straight to a virtual device, for fast unit tests of drivers: no threads, no port, the
 * same {@link LinkFaults}.
 */
public final class InMemoryLink implements Transport {

    private final VirtualDevice device;
    private final LinkFaults faults = new LinkFaults();
    private final TransportAddress address;
    private boolean open;

    /** A link to {@code device}, addressed as {@code memory:<familyId>}. */
    public InMemoryLink(VirtualDevice device) {
        this.device = device;
        this.address = TransportAddress.serial("memory:" + device.familyId());
    }

    /** The device behind the link. */
    public VirtualDevice device() {
        return device;
    }

    /** Fault hooks and the record of received requests. */
    public LinkFaults faults() {
        return faults;
    }

    @Override
    public TransportAddress address() {
        return address;
    }

    @Override
    public int baudRate() {
        return device.baudRate();
    }

    @Override
    public synchronized void open() throws IOException {
        if (faults.isDropped()) {
            throw new IOException("No such port " + address.displayName() + " (link dropped)");
        }
        open = true;
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public String exchange(String request, Duration timeout) throws IOException {
        synchronized (this) {
            if (!open) {
                throw new IOException(address.displayName() + " is not open");
            }
        }
        if (faults.isDropped()) {
            throw new IOException("Link to " + address.displayName() + " was lost");
        }
        byte[] reply = faults.filter(request, device.handle(request));
        Duration delay = faults.replyDelay();
        if (reply == null || delay.compareTo(timeout) >= 0) {
            sleep(timeout);
            throw new TransportTimeoutException("No reply to '" + request + "' within " + timeout.toMillis() + " ms");
        }
        sleep(delay);
        return new String(reply, 0, reply.length - 1, StandardCharsets.ISO_8859_1);
    }

    /** The in-memory line power-cycles the device, as a DTR pulse resets one on a USB port. */
    @Override
    public boolean pulseReset() {
        return device.powerCycle();
    }

    @Override
    public synchronized void close() {
        open = false;
    }

    private static void sleep(Duration d) throws IOException {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
