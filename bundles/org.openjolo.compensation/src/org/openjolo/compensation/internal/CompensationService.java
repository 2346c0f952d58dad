package org.openjolo.compensation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationControl.Implementation;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.FirmwareCompensation;
import org.openjolo.core.capability.Focuser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * One compensation per connected device with a focuser, created when it connects: by the device's firmware
 * when it has one (unless the profile says workbench), else by the workbench.
 */
@Component(service = Compensation.class, immediate = true)
public final class CompensationService implements Compensation {

    static final String IMPLEMENTATION = "compensation.implementation";

    @Reference
    DeviceRegistry registry;

    private final Map<Device, CompensationControl> controls = new ConcurrentHashMap<>();

    private final DeviceRegistry.RegistryListener listener = new DeviceRegistry.RegistryListener() {
        @Override
        public void deviceAdded(Device device) {
            attach(device);
        }

        @Override
        public void deviceRemoved(Device device) {
            detach(device);
        }
    };

    @Activate
    void activate() {
        registry.addListener(listener);
        registry.devices().forEach(this::attach);
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(listener);
        controls.keySet().forEach(this::detach);
    }

    private void detach(Device device) {
        CompensationControl c = controls.remove(device);
        if (c instanceof DeviceListener l) {
            device.removeListener(l);
        }
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
            SoftwareCompensation s = new SoftwareCompensation(device, focuser);
            device.addListener(s);
            c = s;
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
