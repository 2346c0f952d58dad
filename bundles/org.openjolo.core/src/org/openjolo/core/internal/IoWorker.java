package org.openjolo.core.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceProfile;
import org.openjolo.core.ProtocolTrace;
import org.openjolo.core.Telemetry;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.IoTask;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProtocolException;
import org.openjolo.core.io.SessionHandler;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportTimeoutException;

/**
 * The one thread that owns a device's transport. Commands queued by any thread run before the next poll; a
 * poll or command that fails counts as a miss; when the handler's limit of misses falls within one more exchanges
 * than that (three of the last four by default) the device is LOST
 * and the worker reconnects with back-off, re-running the handshake on the same address. Every exception from
 * the driver or the transport is caught here: nothing ends the worker but {@link #close()}.
 */
final class IoWorker implements DeviceConnection {

    private static final System.Logger LOG = System.getLogger(IoWorker.class.getName());

    /**
     * The soak harness's time lapse ({@code -Dopenjolo.io.pollPeriodMs=10}): a night's polls in minutes, through the
     * same code. Not for users: a real device at 38 400 baud answers some 30 polls a second at most.
     */
    static final long POLL_PERIOD_OVERRIDE_MS = Long.getLong("openjolo.io.pollPeriodMs", 0);

    /** Reconnect back-off: first wait, doubling up to the maximum. */
    record Backoff(Duration initial, Duration max) {
        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    private record Command<T>(String description, IoTask<T> task, CompletableFuture<T> future, boolean thenPoll) {
    }

    /**
     * Finds a lost USB device that came back under another name (plugged into another port, or renumbered by a
     * flaky hub). Only ports that appeared after the loss are asked, each once: a port that was there before
     * belongs to another device, perhaps another program's, and is never written to.
     */
    interface Relocator {
        /** The serial ports there are now. */
        Set<String> ports();

        /**
         * A closed transport to the device with this handshake answer on one of {@code candidates}, if one
         * answers so.
         */
        Optional<Transport> find(Collection<String> candidates, String firmware);
    }

    /** What the device was connected as: its identity, profile and logs keep this name after a relocation. */
    private final TransportAddress address;
    private final Relocator relocator;
    private volatile Transport transport;
    /** The serial ports there were when the device was lost, or had been tried since. */
    private Set<String> portsKnownAtLoss = Set.of();
    private final DeviceProfile profile;
    private final Backoff backoff;
    private final BlockingQueue<Command<?>> queue = new LinkedBlockingQueue<>();
    /** Completions of commands that wait for the poll after them (worker thread only, and failQueued). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> awaitingPoll = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final CopyOnWriteArrayList<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> firstConnect = new CompletableFuture<>();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final LineExchange io = new LineExchange() {
        @Override
        public String exchange(String request) throws IOException {
            return IoWorker.this.exchange(request);
        }

        @Override
        public boolean resetDevice() throws IOException {
            return transport.pulseReset();
        }
    };

    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile Telemetry latest;
    private volatile boolean closing;
    private Thread thread;
    private Device device;
    private SessionHandler handler;
    /**
     * The outcomes of the last exchanges, newest in bit 0, 1 for a miss. A window rather than a run of misses: a
     * device whose replies come late answers every third request with the reply to an earlier one, and a cut line
     * now and then parses; neither is a working device, though neither ever misses three times in a row.
     */
    private int outcomes;
    private int misses;

    private final TraceRecorder trace;
    private final String serialNumber;

    @Override
    public String serialNumber() {
        return serialNumber;
    }

    IoWorker(Transport transport, DeviceProfile profile, Backoff backoff, Path traceFile, Relocator relocator) {
        this(transport, "", profile, backoff, traceFile, relocator);
    }

    IoWorker(Transport transport, String serialNumber, DeviceProfile profile, Backoff backoff, Path traceFile, Relocator relocator) {
        this.serialNumber = serialNumber;
        this.transport = transport;
        this.address = transport.address();
        this.relocator = relocator;
        this.profile = profile;
        this.backoff = backoff;
        this.trace = new TraceRecorder(traceFile, profile, Clock.systemDefaultZone());
        trace.resume();
    }

    /** The device's protocol trace. */
    ProtocolTrace trace() {
        return trace;
    }

    @Override
    public TransportAddress address() {
        return address;
    }

    /** The port the device is on now: {@link #address()} unless it was found again elsewhere. */
    TransportAddress port() {
        return transport.address();
    }

    @Override
    public DeviceProfile profile() {
        return profile;
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public Optional<Telemetry> latestTelemetry() {
        return Optional.ofNullable(latest);
    }

    @Override
    public void addListener(DeviceListener listener) {
        listeners.addIfAbsent(listener);
    }

    @Override
    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }

    /** Open, {@link SessionHandler#connected}, then polling; once, by the registry (drivers never start it). */
    public synchronized void start(Device device, SessionHandler handler) {
        if (thread != null) {
            throw new IllegalStateException("The I/O worker of " + address().displayName() + " is already started");
        }
        this.device = device;
        this.handler = handler;
        thread = new Thread(this::run, "openjolo-io " + address().displayName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes when the first handshake succeeded; fails with a {@link DeviceException} otherwise. */
    CompletableFuture<Void> firstConnect() {
        return firstConnect;
    }

    Device device() {
        return device;
    }

    @Override
    public <T> CompletableFuture<T> submit(String description, IoTask<T> task) {
        return queue(description, task, false);
    }

    @Override
    public <T> CompletableFuture<T> submitThenPoll(String description, IoTask<T> task) {
        return queue(description, task, true);
    }

    private <T> CompletableFuture<T> queue(String description, IoTask<T> task, boolean thenPoll) {
        CompletableFuture<T> future = new CompletableFuture<>();
        ConnectionState now = state;
        if (now != ConnectionState.CONNECTED) {
            future.completeExceptionally(new DeviceException(Reason.NOT_CONNECTED,
                    "Cannot " + description + ": " + deviceName() + " is " + now.name().toLowerCase(Locale.ROOT)));
            return future;
        }
        queue.add(new Command<>(description, task, future, thenPoll));
        return future;
    }

    /** Stops the worker and closes the transport; pending commands are cancelled. */
    CompletableFuture<Void> close() {
        closing = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) {
            transport.close();
            setState(ConnectionState.CLOSED, "Disconnected");
            terminated.complete(null);
        } else {
            t.interrupt();
        }
        return terminated;
    }

    private void run() {
        try {
            if (!connectFirst()) {
                return;
            }
            long nextPoll = System.nanoTime();
            while (!closing) {
                if (state == ConnectionState.CONNECTED) {
                    nextPoll = serve(nextPoll);
                } else {
                    reconnect();
                    nextPoll = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            // close() interrupts to wake the worker; the finally block finishes the shutdown
        } catch (Throwable t) {
            LOG.log(Level.ERROR, "I/O worker of " + deviceName() + " failed unexpectedly", t);
        } finally {
            transport.close();
            failQueued(Reason.CANCELLED, "disconnected");
            setState(ConnectionState.CLOSED, closing ? "Disconnected" : "Stopped after an internal error (see the log)");
            firstConnect.completeExceptionally(new DeviceException(Reason.CANCELLED, "Connection cancelled"));
            terminated.complete(null);
        }
    }

    private boolean connectFirst() {
        String failure = tryConnect();
        if (failure == null) {
            setState(ConnectionState.CONNECTED, "Connected");
            firstConnect.complete(null);
            return true;
        }
        firstConnect.completeExceptionally(new DeviceException(Reason.IO_ERROR,
                "Could not connect to " + deviceName() + " on " + address().displayName() + ": " + failure));
        return false;
    }

    /** Runs queued commands until the next poll is due, then polls. Returns when the next poll is due. */
    private long serve(long nextPoll) throws InterruptedException {
        long period = POLL_PERIOD_OVERRIDE_MS > 0 ? TimeUnit.MILLISECONDS.toNanos(POLL_PERIOD_OVERRIDE_MS) : handler.pollPeriod().toNanos();
        long wait = nextPoll - System.nanoTime();
        Command<?> command = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
        if (closing) {
            return nextPoll;
        }
        if (command != null) {
            runCommand(command);
            // commands jump the poll queue, but a steady stream of them must not starve polling; commands
            // waiting for their read-back get it as soon as no other command waits
            if (System.nanoTime() - nextPoll < period) {
                if (awaitingPoll.isEmpty() || !queue.isEmpty() || state != ConnectionState.CONNECTED) {
                    return nextPoll;
                }
                poll();
                return System.nanoTime() + period;
            }
        }
        if (state == ConnectionState.CONNECTED) {
            poll();
        }
        long next = nextPoll + period;
        long now = System.nanoTime();
        return next - now < 0 ? now + period : next;
    }

    private void poll() {
        try {
            pollOnce();
        } finally {
            // the commands succeeded on the wire: they complete even when their read-back failed (the next poll
            // tries again, and the miss is counted like any other)
            Runnable r;
            while ((r = awaitingPoll.poll()) != null) {
                r.run();
            }
        }
    }

    private void pollOnce() {
        try {
            Telemetry t = handler.poll(io);
            record(false);
            latest = t;
            handler.polled(t);
            for (DeviceListener l : listeners) {
                try {
                    l.telemetry(device, t);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A telemetry listener of " + deviceName() + " failed", e);
                }
            }
        } catch (IOException | DeviceException | RuntimeException e) {
            miss("poll", e);
        }
    }

    private <T> void runCommand(Command<T> c) {
        if (c.future().isDone()) {
            return;
        }
        try {
            T value = c.task().run(io);
            record(false);
            if (c.thenPoll()) {
                awaitingPoll.add(() -> c.future().complete(value));
            } else {
                c.future().complete(value);
            }
        } catch (DeviceException e) {
            c.future().completeExceptionally(e);
        } catch (IOException e) {
            c.future().completeExceptionally(new DeviceException(reasonOf(e), "Could not " + c.description() + ": " + e.getMessage(), e));
            miss(c.description(), e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Driver error while trying to " + c.description() + " on " + deviceName(), e);
            c.future().completeExceptionally(new DeviceException(Reason.PROTOCOL_ERROR,
                    "Could not " + c.description() + ": internal driver error (" + e + ")", e));
        }
    }

    private void miss(String what, Exception e) {
        record(true);
        int limit = handler.missesBeforeLost();
        LOG.log(Level.WARNING, "{0}: {1} failed ({2} of the last {3} exchanges; {4} make the device lost): {5}",
                deviceName(), what, misses, limit + 1, limit, e.getMessage());
        if (e instanceof RuntimeException) {
            LOG.log(Level.ERROR, "Driver error in " + what + " of " + deviceName(), e);
        }
        if (misses >= limit) {
            transport.close();
            portsKnownAtLoss = portsNow();
            setState(ConnectionState.LOST, e.getMessage() == null ? e.toString() : e.getMessage());
            failQueued(Reason.NOT_CONNECTED, "the connection was lost");
        }
    }

    /** Adds an exchange's outcome to the window and counts the misses in it. */
    private void record(boolean miss) {
        int window = Math.min(31, handler.missesBeforeLost() + 1);
        outcomes = ((outcomes << 1) | (miss ? 1 : 0)) & ((1 << window) - 1);
        misses = Integer.bitCount(outcomes);
    }

    private void reconnect() throws InterruptedException {
        long waitMs = backoff.initial().toMillis();
        int attempt = 0;
        while (!closing) {
            Thread.sleep(waitMs);
            attempt++;
            setState(ConnectionState.RECONNECTING, "Reconnecting to " + address().displayName());
            String failure = tryConnect();
            if (failure == null) {
                outcomes = 0;
                misses = 0;
                setState(ConnectionState.CONNECTED, "Reconnected after " + attempt + " attempt(s)" + elsewhere());
                return;
            }
            if (relocate()) {
                outcomes = 0;
                misses = 0;
                setState(ConnectionState.CONNECTED, "Found again after " + attempt + " attempt(s)" + elsewhere());
                return;
            }
            LOG.log(Level.INFO, "{0}: reconnect attempt {1} failed: {2}", deviceName(), attempt, failure);
            waitMs = Math.min(waitMs * 2, backoff.max().toMillis());
        }
    }

    private String elsewhere() {
        return port().equals(address) ? "" : " on " + port().displayName() + " (was " + address.displayName() + ")";
    }

    private Set<String> portsNow() {
        if (relocator == null || address.kind() != TransportAddress.Kind.SERIAL) {
            return Set.of();
        }
        try {
            return relocator.ports();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Listing the serial ports failed", e);
            return Set.of();
        }
    }

    /**
     * When the port the device was on is gone, asks the ports that appeared since; true when the device answered on
     * one and its handshake ran there.
     */
    private boolean relocate() {
        Set<String> now = portsNow();
        if (now.isEmpty() || now.contains(transport.address().target())) {
            return false;
        }
        List<String> fresh = now.stream().filter(p -> !portsKnownAtLoss.contains(p)).sorted().toList();
        if (fresh.isEmpty()) {
            return false;
        }
        Set<String> tried = new java.util.HashSet<>(portsKnownAtLoss);
        tried.addAll(fresh);
        portsKnownAtLoss = tried;
        trace.note("the port is gone; asking the new port(s) " + String.join(", ", fresh));
        Optional<Transport> found;
        try {
            found = relocator.find(fresh, device.identity().firmware());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for " + deviceName() + " on new ports failed", e);
            return false;
        }
        if (found.isEmpty()) {
            return false;
        }
        Transport old = transport;
        transport = found.get();
        old.close();
        LOG.log(Level.WARNING, "{0} came back on {1} (was {2})", deviceName(), transport.address().displayName(), address.displayName());
        if (tryConnect() == null) {
            return true;
        }
        // it answered the probe but not the handshake: keep looking at the original port too
        transport.close();
        transport = old;
        return false;
    }

    /** Opens and handshakes; returns null on success, else why not. */
    private String tryConnect() {
        try {
            transport.open();
            String firmware = handler.connected(io);
            LOG.log(Level.INFO, "{0} answered: {1}", deviceName(), firmware);
            return null;
        } catch (IOException | DeviceException | RuntimeException e) {
            transport.close();
            if (e instanceof RuntimeException) {
                LOG.log(Level.ERROR, "Driver error during the handshake of " + deviceName(), e);
            }
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    private String exchange(String request) throws IOException {
        long t0 = System.nanoTime();
        trace.request(request);
        try {
            String reply = transport.exchange(request, handler.replyTimeout());
            trace.reply(reply, (System.nanoTime() - t0) / 1000);
            return reply;
        } catch (IOException e) {
            trace.failure(e.getMessage() == null ? e.toString() : e.getMessage(), (System.nanoTime() - t0) / 1000);
            throw e;
        }
    }

    private void failQueued(Reason reason, String why) {
        // done on the wire, only their read-back is lost: they succeeded
        Runnable done;
        while ((done = awaitingPoll.poll()) != null) {
            done.run();
        }
        Command<?> c;
        while ((c = queue.poll()) != null) {
            c.future().completeExceptionally(new DeviceException(reason, "Could not " + c.description() + ": " + why));
        }
    }

    private void setState(ConnectionState next, String reason) {
        if (state == next) {
            return;
        }
        state = next;
        LOG.log(next == ConnectionState.LOST ? Level.WARNING : Level.INFO, "{0} is {1}: {2}", deviceName(), next, reason);
        trace.note(next + (reason.isEmpty() ? "" : ": " + reason));
        if (next == ConnectionState.CLOSED) {
            trace.close();
        }
        if (device != null) {
            for (DeviceListener l : listeners) {
                try {
                    l.stateChanged(device, next, reason);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A state listener of " + deviceName() + " failed", e);
                }
            }
        }
    }

    private String deviceName() {
        Device d = device;
        return d == null ? "device" : d.toString();
    }

    static Reason reasonOf(IOException e) {
        if (e instanceof TransportTimeoutException) {
            return Reason.TIMEOUT;
        }
        if (e instanceof ProtocolException) {
            return Reason.PROTOCOL_ERROR;
        }
        return Reason.IO_ERROR;
    }
}
