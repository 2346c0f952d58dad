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
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One compensation per connected device with a focuser, created when it connects: by the device's firmware
 * when it has one (unless the profile says workbench), else by the workbench.
 */
@Component(service = { Compensation.class, DeviceListener.class }, immediate = true)
public final class CompensationService implements Compensation, DeviceListener {

    static final String IMPLEMENTATION = "compensation.implementation";

    private final Map<Device, CompensationControl> controls = new ConcurrentHashMap<>();

    // the registry's whiteboard: every connected device, on its I/O worker

    @Override
    public void added(Device device) {
        attach(device);
    }

    @Override
    public void removed(Device device) {
        detach(device);
    }

    @Override
    public void telemetry(Device device, Telemetry t) {
        // the workbench's engine follows the temperature; the firmware's needs nothing
        if (controls.get(device) instanceof SoftwareCompensation s) {
            s.telemetry(device, t);
        }
    }

    @Deactivate
    void deactivate() {
        controls.clear();
    }

    private void detach(Device device) {
        controls.remove(device);
    }

    private synchronized CompensationControl attach(Device device) {
        CompensationControl existing = controls.get(device);
        if (existing != null) {
            return existing;
        }
        Focuser focuser = device.capability(Focuser.class).orElse(null);
        if (focuser == null) {
            return null;
        }
        Optional<FirmwareCompensation> firmware = device.capability(FirmwareCompensation.class);
        boolean workbench = firmware.isEmpty() || Implementation.WORKBENCH.name().equals(device.profile().get(IMPLEMENTATION, ""));
        CompensationControl c;
        if (workbench) {
            c = new SoftwareCompensation(device, focuser);
        } else {
            c = new FirmwareBackedCompensation(device, focuser, firmware.get());
        }
        controls.put(device, c);
        return c;
    }

    @Override
    public Optional<CompensationControl> of(Device device) {
        return Optional.ofNullable(attach(device));
    }

    @Override
    public synchronized Optional<CompensationControl> use(Device device, Implementation implementation) {
        if (implementation == Implementation.DEVICE_FIRMWARE && device.capability(FirmwareCompensation.class).isEmpty()) {
            return Optional.empty();
        }
        device.profile().put(IMPLEMENTATION, implementation.name());
        detach(device);
        return of(device);
    }
}
