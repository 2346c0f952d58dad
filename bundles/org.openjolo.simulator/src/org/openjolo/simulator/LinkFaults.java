package org.openjolo.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Faults a test scripts on a hosted device's link, and the record of what the device received. Thread-safe.
 */
public final class LinkFaults {

    private static final int MAX_RECORDED = 10_000;

    private final Deque<String> received = new ArrayDeque<>();
    private final Random random = new Random(4242);
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean stalled;
    private volatile boolean dropped;
    private int corruptNext;
    private Runnable dropAction = () -> { };
    private Runnable restoreAction = () -> { };

    /** Pulls the cable: the port disappears (pseudo-terminal closed, TCP server closed, in-memory link fails). */
    public void dropLink() {
        Runnable r;
        synchronized (this) {
            if (dropped) {
                return;
            }
            dropped = true;
            r = dropAction;
        }
        r.run();
    }

    /** Plugs the cable back in: the port comes back at the same link path or TCP port. */
    public void restoreLink() {
        Runnable r;
        synchronized (this) {
            if (!dropped) {
                return;
            }
            dropped = false;
            r = restoreAction;
        }
        r.run();
    }

    /** Whether the link is currently dropped. */
    public boolean isDropped() {
        return dropped;
    }

    /** Delays every reply by {@code d} (on top of pacing); {@link Duration#ZERO} to stop. */
    public void delayReplies(Duration d) {
        delay = d;
    }

    /** When stalled the device reads requests but never answers (a hung firmware). */
    public void stall(boolean on) {
        stalled = on;
    }

    /** Garbles the next {@code count} replies (bytes replaced, never valid protocol). */
    public synchronized void corruptNext(int count) {
        corruptNext = count;
    }

    /** The request lines the device received, oldest first (the last 10 000). */
    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    /** Forgets the received requests. */
    public synchronized void clearReceived() {
        received.clear();
    }

    // ---- used by the hosts ----

    /** Installs what dropping and restoring mean for a host. */
    public synchronized void onDropRestore(Runnable drop, Runnable restore) {
        dropAction = drop;
        restoreAction = restore;
    }

    /** The configured reply delay. */
    public Duration replyDelay() {
        return delay;
    }

    /**
     * Records a request and turns the device's reply into the bytes to send (with LF), applying stall and
     * corruption; {@code null} means no reply.
     */
    public byte[] filter(String request, String reply) {
        synchronized (this) {
            if (received.size() >= MAX_RECORDED) {
                received.removeFirst();
            }
            received.addLast(request);
        }
        if (stalled || reply == null) {
            return null;
        }
        byte[] bytes = (reply + "\n").getBytes(StandardCharsets.ISO_8859_1);
        synchronized (this) {
            if (corruptNext > 0) {
                corruptNext--;
                // the echoed letter becomes a byte no command uses, and a few payload bytes are scrambled
                bytes[0] = (byte) (0x80 | random.nextInt(0x7f));
                for (int i = 1; i < bytes.length - 1; i += 3) {
                    bytes[i] = (byte) (0x80 | random.nextInt(0x7f));
                }
            }
        }
        return bytes;
    }
}
