package org.openjolo.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

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
    private int truncateNext;
    private int noiseNext;
    private Runnable dropAction = () -> { };
    private Runnable restoreAction = () -> { };
    private Consumer<Path> relinkAction = p -> {
        throw new UnsupportedOperationException("Only a pseudo-terminal host can come back under another name");
    };

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

    /**
     * Plugs the cable into another USB port: the device comes back on a new pseudo-terminal whose stable link is
     * {@code newLink} instead of the old one (which stays gone), as {@code /dev/ttyUSB0} becomes {@code /dev/ttyUSB1}.
     *
     * @throws UnsupportedOperationException for a TCP or in-memory host
     */
    public void restoreLinkAs(Path newLink) {
        Consumer<Path> relink;
        synchronized (this) {
            if (!dropped) {
                return;
            }
            relink = relinkAction;
        }
        relink.accept(newLink);
        restoreLink();
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

    /** Cuts the next {@code count} replies short at a random point (the line end still comes, as after a glitch). */
    public synchronized void truncateNext(int count) {
        truncateNext = count;
    }

    /**
     * Sends a burst of random bytes (line ends included, so stray lines too) before each of the next {@code count}
     * replies, like a noisy cable or a device printing boot messages.
     */
    public synchronized void noiseNext(int count) {
        noiseNext = count;
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

    /** Installs how a host comes back under another name ({@link #restoreLinkAs}). */
    public synchronized void onRelink(Consumer<Path> relink) {
        relinkAction = relink;
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
            if (truncateNext > 0 && bytes.length > 2) {
                truncateNext--;
                int keep = 1 + random.nextInt(bytes.length - 2);
                byte[] cut = Arrays.copyOf(bytes, keep + 1);
                cut[keep] = '\n';
                bytes = cut;
            }
            if (noiseNext > 0) {
                noiseNext--;
                byte[] noise = new byte[1 + random.nextInt(40)];
                random.nextBytes(noise);
                byte[] both = Arrays.copyOf(noise, noise.length + bytes.length);
                System.arraycopy(bytes, 0, both, noise.length, bytes.length);
                bytes = both;
            }
        }
        return bytes;
    }
}
