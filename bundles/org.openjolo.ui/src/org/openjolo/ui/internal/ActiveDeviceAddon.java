package org.openjolo.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.events.DeviceEvents;
import org.openjolo.ui.UiKeys;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
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

    /** A device connected (the registry's event, on the UI thread): it becomes active when none is. */
    @Inject
    @Optional
    void deviceAdded(@UIEventTopic(DeviceEvents.TOPIC_ADDED) Event event) {
        if (event.getProperty(DeviceEvents.PROPERTY_DEVICE) instanceof Device device && application.getContext().get(UiKeys.ACTIVE_DEVICE) == null) {
            application.getContext().set(UiKeys.ACTIVE_DEVICE, device);
        }
    }

    /** A device was closed: when it was the active one, the next connected device takes over. */
    @Inject
    @Optional
    void deviceRemoved(@UIEventTopic(DeviceEvents.TOPIC_REMOVED) Event event) {
        if (event.getProperty(DeviceEvents.PROPERTY_DEVICE) == application.getContext().get(UiKeys.ACTIVE_DEVICE)) {
            application.getContext().set(UiKeys.ACTIVE_DEVICE, registry.devices().stream().findFirst().orElse(null));
        }
    }

    @PostConstruct
    void start() {
        registry.devices().stream().findFirst().ifPresent(d -> application.getContext().set(UiKeys.ACTIVE_DEVICE, d));
    }
}
