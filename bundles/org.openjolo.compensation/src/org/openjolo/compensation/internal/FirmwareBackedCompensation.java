package org.openjolo.compensation.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;

/**
 * Compensation of the focuser the device's firmware compensates: the settings configure the device (AUTO = the firmware's automatic
 * mode; the smoothing window becomes its evaluation cycle); the pending amount is what the device reports;
 * Compensate and S:N send the device's own trigger. Corrections the firmware makes by itself in AUTO are not in
 * the history (the device does not report them).
 */
final class FirmwareBackedCompensation implements CompensationControl {

    private final Device device;
    private final Focuser focuser;
    private final FirmwareCompensation firmware;
    private final Deque<Correction> history = new ArrayDeque<>();
    private final SettingsStore store;
    private volatile CompensationSettings settings;

    /** @param firmware the device's compensation of {@code focuser}, the instance {@link FirmwareCompensation#focuserId()} */
    FirmwareBackedCompensation(Device device, Focuser focuser, FirmwareCompensation firmware) {
        this.device = device;
        this.focuser = focuser;
        this.firmware = firmware;
        this.store = new SettingsStore(device, firmware.focuserId());
        this.settings = store.load();
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public String focuserId() {
        return firmware.focuserId();
    }

    @Override
    public CompensationSettings settings() {
        return settings;
    }

    @Override
    public CompletableFuture<Void> apply(CompensationSettings s) {
        s.validate(device.description());
        settings = s;
        store.save(s);
        int cycle = (int) Math.max(1, Math.min(3600, s.window().toSeconds()));
        return firmware.configure(new FirmwareCompensation.Config(s.coefficient(), s.threshold(), s.sensor(), s.mode() == CompensationMode.AUTO, cycle));
    }

    private Optional<Telemetry> latest() {
        return device.latestTelemetry();
    }

    @Override
    public OptionalDouble temperature() {
        Optional<Double> t = device.description().temperatureSensor(settings.sensor()).flatMap(key -> latest().flatMap(x -> x.get(key)));
        return t.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    @Override
    public OptionalDouble referenceTemperature() {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalInt pending() {
        if (settings.mode() == CompensationMode.OFF) {
            return OptionalInt.empty();
        }
        return latest().flatMap(x -> x.get(StandardTelemetry.FOCUSER_PENDING_COMPENSATION)).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    @Override
    public CompletableFuture<Optional<Correction>> compensate() {
        return trigger(0, "Compensate");
    }

    @Override
    public CompletableFuture<Optional<Correction>> trigger(int threshold) {
        return trigger(threshold, "S:" + threshold);
    }

    private CompletableFuture<Optional<Correction>> trigger(int threshold, String cause) {
        if (settings.mode() == CompensationMode.OFF) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE, "Temperature compensation is off"));
        }
        if (focuser.isMoving()) {
            return CompletableFuture.failedFuture(new DeviceException(Reason.BUSY, "The focuser is moving: compensate when it has stopped"));
        }
        OptionalInt p = pending();
        if (p.isEmpty() || p.getAsInt() == 0 || Math.abs(p.getAsInt()) <= threshold) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Correction c = new Correction(Instant.now(), temperature().orElse(Double.NaN), p.getAsInt(), focuser.position() + p.getAsInt(), cause);
        return firmware.compensateNow(threshold).thenApply(v -> {
            synchronized (history) {
                history.addLast(c);
                if (history.size() > 500) {
                    history.removeFirst();
                }
            }
            return Optional.of(c);
        });
    }

    @Override
    public List<Correction> history() {
        synchronized (history) {
            return new ArrayList<>(history);
        }
    }

    @Override
    public Implementation implementation() {
        return Implementation.DEVICE_FIRMWARE;
    }
}
