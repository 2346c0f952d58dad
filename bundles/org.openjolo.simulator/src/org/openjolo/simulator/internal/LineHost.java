package org.openjolo.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.LinkFaults;
import org.openjolo.simulator.SimulatedDevice;

/**
 * What the pseudo-terminal and TCP hosts share: one thread reads request lines, asks the virtual device,
 * applies the faults, paces the reply at the device's baud rate and writes it back.
 */
abstract class LineHost implements SimulatedDevice {

    private static final System.Logger LOG = System.getLogger(LineHost.class.getName());
    private static final int MAX_REQUEST = 1024;

    private final VirtualDevice device;
    private final HostOptions options;
    private final LinkFaults faults = new LinkFaults();
    private final Thread thread;
    private volatile boolean stopped;
    /** Counts channels: a reply belongs to the channel its request came on, never to the next client's. */
    private final java.util.concurrent.atomic.AtomicLong channel = new java.util.concurrent.atomic.AtomicLong();

    LineHost(VirtualDevice device, HostOptions options, String threadName) {
        this.device = device;
        this.options = options;
        this.thread = new Thread(this::serve, threadName);
        this.thread.setDaemon(true);
        faults.onDropRestore(() -> {
            channel.incrementAndGet();
            detach();
        }, this::reattach);
    }

    /** Starts the serving thread; called by subclasses once their channel is open. */
    final void startServing() {
        thread.start();
    }

    @Override
    public final VirtualDevice device() {
        return device;
    }

    @Override
    public final LinkFaults faults() {
        return faults;
    }

    final HostOptions options() {
        return options;
    }

    @Override
    public void close() {
        stopped = true;
        detach();
        thread.interrupt();
    }

    final boolean stopped() {
        return stopped;
    }

    private void serve() {
        byte[] buffer = new byte[256];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (!stopped) {
            try {
                int n = read(buffer, 100);
                if (n < 0) {
                    // channel gone (link dropped, client hung up): a partial line belongs to nobody any more
                    channel.incrementAndGet();
                    line.reset();
                    Thread.sleep(50);
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n' || b == '\r') {
                        if (line.size() > 0) {
                            answer(line.toString(StandardCharsets.ISO_8859_1));
                            line.reset();
                        }
                    } else if (line.size() < MAX_REQUEST) {
                        line.write(b);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // a channel that fails mid-line is gone like one that ended: its partial line must not be
                // completed by the next client's bytes ("x" from a dropped link + "y" made "xy")
                channel.incrementAndGet();
                line.reset();
                if (!stopped) {
                    LOG.log(Level.DEBUG, "Simulator host " + describe() + ": " + e.getMessage());
                }
            }
        }
    }

    private void answer(String request) throws IOException, InterruptedException {
        long from = channel.get();
        String reply;
        try {
            reply = device.handle(request);
        } catch (RuntimeException e) {
            // a bug in a virtual device must not kill the host: answer like an unknown command
            LOG.log(Level.ERROR, "Virtual device failed on '" + request + "'", e);
            reply = request.isEmpty() ? null : request.charAt(0) + ": error";
        }
        byte[] bytes = faults.filter(request, reply);
        if (bytes == null) {
            return;
        }
        long waitNanos = faults.replyDelay().toNanos();
        if (options.paced()) {
            // both directions cross the wire: request + LF in, reply out, 10 bits per byte
            waitNanos += (request.length() + 1L + bytes.length) * 10L * 1_000_000_000L / device.baudRate();
        }
        if (waitNanos > 0) {
            sleepNanos(waitNanos);
        }
        if (!faults.isDropped() && from == channel.get()) {
            write(bytes);
        }
    }

    private static void sleepNanos(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }


    /** Reads request bytes: 0 on timeout, -1 when the channel is gone. */
    protected abstract int read(byte[] into, int timeoutMs) throws IOException;

    /** Writes reply bytes. */
    protected abstract void write(byte[] bytes) throws IOException;

    /** Makes the port disappear (link dropped or host closing). */
    protected abstract void detach();

    /** Makes the port reappear after a drop. */
    protected abstract void reattach();
}
