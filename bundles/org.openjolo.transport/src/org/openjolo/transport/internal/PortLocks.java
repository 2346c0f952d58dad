package org.openjolo.transport.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.openjolo.transport.TransportAddress;

/**
 * Exclusive access inside this workbench: two devices must never share one port, even when the operating
 * system would allow it (pseudo-terminals, TCP).
 */
final class PortLocks {
    private final Set<String> inUse = new HashSet<>();

    synchronized void acquire(TransportAddress address) throws IOException {
        if (!inUse.add(key(address))) {
            throw new IOException(address.displayName() + " is already in use by another device in this workbench");
        }
    }

    synchronized void release(TransportAddress address) {
        inUse.remove(key(address));
    }

    private static String key(TransportAddress a) {
        return a.toString();
    }
}
