package org.openjolo.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;

/** A transport whose replies and failures the test scripts; it records every request. */
final class ScriptedTransport implements Transport {

    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger position = new AtomicInteger(100);
    volatile boolean broken;
    volatile Function<String, String> replies = r -> switch (r) {
        case "#" -> "#:Fake 1.0";
        case "q" -> "q:" + position.get();
        default -> r.charAt(0) + ":";
    };
    private final TransportAddress address;
    private volatile boolean open;

    ScriptedTransport(String name) {
        this.address = TransportAddress.serial("/dev/fake-" + name);
    }

    @Override
    public TransportAddress address() {
        return address;
    }

    @Override
    public int baudRate() {
        return 38400;
    }

    @Override
    public void open() throws IOException {
        if (broken) {
            throw new IOException("No such port " + address.displayName());
        }
        opens.incrementAndGet();
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String exchange(String request, Duration timeout) throws IOException {
        requests.add(request);
        if (broken || !open) {
            throw new IOException("Link to " + address.displayName() + " was lost");
        }
        return replies.apply(request);
    }

    @Override
    public void close() {
        open = false;
    }

    List<String> requestsCopy() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }
}
