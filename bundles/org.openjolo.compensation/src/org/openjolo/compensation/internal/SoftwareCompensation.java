package org.openjolo.compensation.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationMode;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.compensation.Correction;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;

/**
 * Compensation done by the workbench through one {@link Focuser} instance of a device: listens to the device's
 * telemetry (on its I/O worker), averages the chosen sensor's temperature, and moves the focuser when asked or,
 * in AUTO, when the pending amount exceeds the threshold and the focuser is idle. The focuser's position and
 * motion are read from its own channels, so a second focuser is followed like the first.
 */
final class SoftwareCompensation implements CompensationControl {

    private static final System.Logger LOG = System.getLogger(SoftwareCompensation.class.getName());
    private static final int HISTORY = 500;

    private record Sample(Instant time, double temperature) {
    }

    private final Device device;
    private final String focuserId;
    private final Focuser focuser;
    private final SettingsStore store;
    private final Optional<TelemetryKey<Integer>> positionKey;
    private final Optional<TelemetryKey<Boolean>> movingKey;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final Deque<Correction> history = new ArrayDeque<>();
    private CompensationSettings settings;
    /** Where the focus was at the reference temperature; null until a temperature arrives after switching on. */
    private Integer basePosition;
    private double baseTemperature;
    /** The position the focuser should be at when idle if nobody but us moved it. */
    private int expectedPosition;
    private boolean moving;
    /** A compensation move not yet acknowledged: telemetry from before it would look like an operator move. */
    private CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);

    /** @param described the focuser instance: its id and the channels of its position and motion */
    SoftwareCompensation(Device device, CapabilityDescription described, Focuser focuser) {
        this.device = device;
        this.focuserId = described.id();
        this.focuser = focuser;
        this.store = new SettingsStore(device, focuserId);
        this.positionKey = described.channel(Quantities.POSITION, Integer.class).map(Channel::key);
        this.movingKey = described.channel(Quantities.MOVING, Boolean.class).map(Channel::key);
        this.settings = store.load();
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public String focuserId() {
        return focuserId;
    }

    @Override
    public synchronized CompensationSettings settings() {
        return settings;
    }

    @Override
    public CompletableFuture<Void> apply(CompensationSettings s) {
        s.validate(device.description());
        synchronized (this) {
            boolean rebase = s.mode() != settings.mode() || s.sensor() != settings.sensor() || s.coefficient() != settings.coefficient();
            if (s.sensor() != settings.sensor()) {
                samples.clear();
            }
            settings = s;
            if (rebase) {
                basePosition = null;
            }
        }
        store.save(s);
        return CompletableFuture.completedFuture(null);
    }

    /** The chosen sensor's temperature key; none when the device has no such sensor. */
    private Optional<TelemetryKey<Double>> sensorKey() {
        return device.description().temperatureSensor(settings.sensor());
    }

    /** A snapshot of the device, on its I/O worker (the compensation service passes it on). */
    public void telemetry(Device d, Telemetry t) {
        Integer auto = null;
        synchronized (this) {
            Optional<Double> temperature = sensorKey().flatMap(t::get);
            Optional<Integer> position = positionKey.flatMap(t::get);
            moving = movingKey.flatMap(t::get).orElse(false) || focuser.isMoving();
            if (temperature.isPresent()) {
                samples.addLast(new Sample(t.time(), temperature.get()));
            }
            while (!samples.isEmpty() && samples.peekFirst().time().isBefore(t.time().minus(settings.window()))) {
                samples.removeFirst();
            }
            if (settings.mode() == CompensationMode.OFF || samples.isEmpty() || position.isEmpty() || moving || !inFlight.isDone()) {
                return;
            }
            int pos = position.get();
            double avg = average();
            if (basePosition == null || pos != expectedPosition) {
                // switched on, or the operator (or an autofocus client) moved the focuser: a new reference
                basePosition = pos;
                baseTemperature = avg;
                expectedPosition = pos;
                return;
            }
            int pending = pendingAt(avg);
            if (settings.mode() == CompensationMode.AUTO && Math.abs(pending) > settings.threshold()) {
                auto = pending;
            }
        }
        if (auto != null) {
            move("AUTO").whenComplete((c, e) -> {
                if (e != null) {
                    LOG.log(Level.WARNING, "Automatic compensation of {0} {1} failed: {2}", device, focuserId, e.getMessage());
                }
            });
        }
    }

    private double average() {
        return samples.stream().mapToDouble(Sample::temperature).average().orElse(Double.NaN);
    }

    private int pendingAt(double avg) {
        long wanted = Math.round(basePosition + settings.coefficient() * (avg - baseTemperature));
        long clamped = Math.max(0, Math.min(focuser.settings().maxPosition(), wanted));
        return (int) (clamped - expectedPosition);
    }

    @Override
    public synchronized OptionalDouble temperature() {
        return samples.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(average());
    }

    @Override
    public synchronized OptionalDouble referenceTemperature() {
        return basePosition == null ? OptionalDouble.empty() : OptionalDouble.of(baseTemperature);
    }

    @Override
    public synchronized OptionalInt pending() {
        if (settings.mode() == CompensationMode.OFF || basePosition == null || samples.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(pendingAt(average()));
    }

    @Override
    public CompletableFuture<Optional<Correction>> compensate() {
        return move("Compensate");
    }

    @Override
    public CompletableFuture<Optional<Correction>> trigger(int threshold) {
        if (threshold < 0) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE, "The S:N threshold must be 0 or more steps"));
        }
        OptionalInt p = pending();
        if (p.isEmpty() || Math.abs(p.getAsInt()) <= threshold) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return move("S:" + threshold);
    }

    /** Sends the pending amount; the expected position moves with it, so the reference stays. */
    private CompletableFuture<Optional<Correction>> move(String cause) {
        Correction c;
        synchronized (this) {
            if (settings.mode() == CompensationMode.OFF) {
                return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE, "Temperature compensation is off"));
            }
            // 'moving' is from the last snapshot the listener saw; the focuser's own state is newer. A client that
            // sees the focuser stop at our last target (Alpaca IsMoving False) may trigger again at once.
            boolean ownMoveOver = inFlight.isDone() && !focuser.isMoving() && focuser.position() == expectedPosition;
            if (focuser.isMoving() || !inFlight.isDone() || moving && !ownMoveOver) {
                return CompletableFuture.failedFuture(new DeviceException(Reason.BUSY, "The focuser is moving: compensate when it has stopped"));
            }
            OptionalInt p = pending();
            if (p.isEmpty() || p.getAsInt() == 0) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            int target = expectedPosition + p.getAsInt();
            c = new Correction(Instant.now(), average(), p.getAsInt(), target, cause);
            expectedPosition = target;
            moving = true;
            history.addLast(c);
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        LOG.log(Level.INFO, "{0} {1}: compensation ({2}) moves {3} steps to {4} at {5} °C", device, focuserId, cause, c.steps(), c.target(),
                String.format(Locale.ROOT, "%.2f", c.temperature()));
        CompletableFuture<Void> sent = focuser.moveTo(c.target());
        synchronized (this) {
            inFlight = sent;
        }
        return sent.thenApply(v -> Optional.of(c));
    }

    @Override
    public synchronized List<Correction> history() {
        return new ArrayList<>(history);
    }

    @Override
    public Implementation implementation() {
        return Implementation.WORKBENCH;
    }
}
