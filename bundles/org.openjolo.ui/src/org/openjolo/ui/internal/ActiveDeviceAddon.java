package org.openjolo.ui.internal;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.ui.UiKeys;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Keeps {@link UiKeys#ACTIVE_DEVICE} pointing at a connected device: the first one that connects becomes
 * active, and when the active one is disconnected the next connected one takes over. The Devices part
 * changes it on selection.
 */
public final class ActiveDeviceAddon {

    @Inject
    MApplication application;

    @Inject
    DeviceRegistry registry;

    @Inject
    UISynchronize sync;

    private final DeviceRegistry.RegistryListener listener = new DeviceRegistry.RegistryListener() {
        @Override
        public void deviceAdded(Device device) {
            sync.asyncExec(() -> {
                if (application.getContext().get(UiKeys.ACTIVE_DEVICE) == null) {
                    application.getContext().set(UiKeys.ACTIVE_DEVICE, device);
                }
            });
        }

        @Override
        public void deviceRemoved(Device device) {
            sync.asyncExec(() -> {
                if (application.getContext().get(UiKeys.ACTIVE_DEVICE) == device) {
                    application.getContext().set(UiKeys.ACTIVE_DEVICE, registry.devices().stream().findFirst().orElse(null));
                }
            });
        }
    };

    @PostConstruct
    void start() {
        registry.addListener(listener);
        registry.devices().stream().findFirst().ifPresent(d -> application.getContext().set(UiKeys.ACTIVE_DEVICE, d));
    }

    @PreDestroy
    void stop() {
        registry.removeListener(listener);
    }
}
