package org.openjolo.compensation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** One compensation per connected device with a focuser, created when it connects. */
@Component(service = Compensation.class, immediate = true)
public final class CompensationService implements Compensation {

    @Reference
    DeviceRegistry registry;

    private final Map<Device, SoftwareCompensation> controls = new ConcurrentHashMap<>();

    private final DeviceRegistry.RegistryListener listener = new DeviceRegistry.RegistryListener() {
        @Override
        public void deviceAdded(Device device) {
            attach(device);
        }

        @Override
        public void deviceRemoved(Device device) {
            SoftwareCompensation c = controls.remove(device);
            if (c != null) {
                device.removeListener(c);
            }
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
        controls.forEach((d, c) -> d.removeListener(c));
        controls.clear();
    }

    private SoftwareCompensation attach(Device device) {
        return device.capability(Focuser.class).map(f -> controls.computeIfAbsent(device, d -> {
            SoftwareCompensation c = new SoftwareCompensation(d, f);
            d.addListener(c);
            return c;
        })).orElse(null);
    }

    @Override
    public Optional<CompensationControl> of(Device device) {
        return Optional.ofNullable(controls.containsKey(device) ? controls.get(device) : attach(device));
    }
}
