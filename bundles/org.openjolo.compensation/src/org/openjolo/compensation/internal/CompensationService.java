package org.openjolo.compensation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationControl.Implementation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.CapabilityDescription;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One compensation per focuser instance of every connected device, created when it connects: by the device's
 * firmware for the focuser its firmware compensates (unless the profile says workbench), else by the workbench.
 */
@Component(service = { Compensation.class, DeviceListener.class }, immediate = true)
public final class CompensationService implements Compensation, DeviceListener {

    /** A control is per focuser of a device; a device's focusers are told apart by instance id. */
    private record Key(Device device, String focuserId) {
    }

    private final Map<Key, CompensationControl> controls = new ConcurrentHashMap<>();

    /** The profile key of who compensates focuser {@code focuserId}. */
    static String implementationKey(String focuserId) {
        return SettingsStore.key(focuserId, "implementation");
    }

    // the registry's whiteboard: every connected device, on its I/O worker

    @Override
    public void added(Device device) {
        device.description().of(Focuser.class).forEach(f -> attach(device, f.id()));
    }

    @Override
    public void removed(Device device) {
        controls.keySet().removeIf(k -> k.device().equals(device));
    }

    @Override
    public void telemetry(Device device, Telemetry t) {
        // the workbench's engine follows the temperature; the firmware's needs nothing
        controls.forEach((k, c) -> {
            if (k.device().equals(device) && c instanceof SoftwareCompensation s) {
                s.telemetry(device, t);
            }
        });
    }

    @Deactivate
    void deactivate() {
        controls.clear();
    }

    private synchronized CompensationControl attach(Device device, String focuserId) {
        Key key = new Key(device, focuserId);
        CompensationControl existing = controls.get(key);
        if (existing != null) {
            return existing;
        }
        Optional<CapabilityDescription> described = device.description().instance(focuserId).filter(c -> c.type() == Focuser.class);
        Focuser focuser = device.capability(Focuser.class, focuserId).orElse(null);
        if (described.isEmpty() || focuser == null) {
            return null;
        }
        Optional<FirmwareCompensation> firmware = firmwareOf(device, focuserId);
        boolean workbench = firmware.isEmpty() || Implementation.WORKBENCH.name().equals(device.profile().get(implementationKey(focuserId), ""));
        CompensationControl c = workbench ? new SoftwareCompensation(device, described.get(), focuser)
                : new FirmwareBackedCompensation(device, focuser, firmware.get());
        controls.put(key, c);
        return c;
    }

    /** The device's firmware compensation when it compensates this focuser; the other focusers have none. */
    private static Optional<FirmwareCompensation> firmwareOf(Device device, String focuserId) {
        return device.capability(FirmwareCompensation.class).filter(f -> f.focuserId().equals(focuserId));
    }

    @Override
    public Optional<CompensationControl> of(Device device) {
        return device.description().first(Focuser.class).flatMap(f -> of(device, f.id()));
    }

    @Override
    public Optional<CompensationControl> of(Device device, String focuserId) {
        return Optional.ofNullable(attach(device, focuserId));
    }

    @Override
    public Optional<CompensationControl> use(Device device, Implementation implementation) {
        return device.description().first(Focuser.class).flatMap(f -> use(device, f.id(), implementation));
    }

    @Override
    public synchronized Optional<CompensationControl> use(Device device, String focuserId, Implementation implementation) {
        if (device.capability(Focuser.class, focuserId).isEmpty()
                || implementation == Implementation.DEVICE_FIRMWARE && firmwareOf(device, focuserId).isEmpty()) {
            return Optional.empty();
        }
        device.profile().put(implementationKey(focuserId), implementation.name());
        controls.remove(new Key(device, focuserId));
        return of(device, focuserId);
    }
}
