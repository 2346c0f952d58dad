package org.openjolo.core.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openjolo.core.Capability;

/**
 * One instance of a capability a device has (focuser 1, focuser 2, sensor 1, the outputs…): its id, its name
 * for people, the capability interface it implements, the telemetry channels it reports and the settings it
 * takes. A device with two focusers has two {@code Focuser} instances, each with its own channels.
 *
 * @param id       stable id among the device's instances, e.g. {@code focuser}, {@code focuser2},
 *                 {@code sensor1}; used in profile keys, part ids and Alpaca names
 * @param name     for people, e.g. "Focuser 2", "Sensor #1"
 * @param type     the capability interface ({@code device.capability(type, id)} returns the implementation)
 * @param channels what the instance reports with every poll, in display order
 * @param settings what the instance takes as settings, in display order
 */
public record CapabilityDescription(String id, String name, Class<? extends Capability> type, List<Channel<?>> channels,
        List<SettingDescription> settings) {

    /** Checks the parts. */
    public CapabilityDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!id.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("A capability instance id is a letter followed by letters or digits, not '" + id + "'");
        }
        channels = List.copyOf(channels);
        settings = List.copyOf(settings);
    }

    /** An instance that reports nothing by telemetry and has no described settings (e.g. a buzzer). */
    public static CapabilityDescription of(Class<? extends Capability> type, String id, String name) {
        return new CapabilityDescription(id, name, type, List.of(), List.of());
    }

    /** Starts a description. */
    public static Builder builder(Class<? extends Capability> type, String id, String name) {
        return new Builder(type, id, name);
    }

    /** The first channel that means {@code quantity}. */
    public Optional<Channel<?>> channel(String quantity) {
        return channels.stream().filter(c -> c.quantity().equals(quantity)).findFirst();
    }

    /** Every channel that means {@code quantity}, in order (e.g. the outputs' switches). */
    public List<Channel<?>> channels(String quantity) {
        return channels.stream().filter(c -> c.quantity().equals(quantity)).toList();
    }

    /** The first channel that means {@code quantity}, typed; empty when absent or of another type. */
    public <T> Optional<Channel<T>> channel(String quantity, Class<T> valueType) {
        return channel(quantity).filter(c -> c.key().type() == valueType).map(c -> {
            @SuppressWarnings("unchecked")
            Channel<T> typed = (Channel<T>) c;
            return typed;
        });
    }

    /** The setting with this id. */
    public Optional<SettingDescription> setting(String settingId) {
        return settings.stream().filter(s -> s.id().equals(settingId)).findFirst();
    }

    /**
     * Refuses {@code value} for the setting {@code settingId} in the words of its limit
     * ({@link SettingDescription#check}); a setting the instance does not describe has no limit to check.
     *
     * @throws org.openjolo.core.DeviceException {@code INVALID_VALUE} naming the allowed range
     */
    public void check(String settingId, double value) throws org.openjolo.core.DeviceException {
        SettingDescription s = setting(settingId).orElse(null);
        if (s != null) {
            s.check(value);
        }
    }

    /** Whether the instance takes the setting {@code settingId}. */
    public boolean has(String settingId) {
        return setting(settingId).isPresent();
    }

    /** Collects channels and settings. */
    public static final class Builder {
        private final Class<? extends Capability> type;
        private final String id;
        private final String name;
        private final List<Channel<?>> channels = new ArrayList<>();
        private final List<SettingDescription> settings = new ArrayList<>();

        private Builder(Class<? extends Capability> type, String id, String name) {
            this.type = type;
            this.id = id;
            this.name = name;
        }

        /** Adds a channel. */
        public Builder channel(Channel<?> channel) {
            channels.add(channel);
            return this;
        }

        /** Adds a setting. */
        public Builder setting(SettingDescription setting) {
            settings.add(setting);
            return this;
        }

        /** The description. */
        public CapabilityDescription build() {
            return new CapabilityDescription(id, name, type, channels, settings);
        }
    }
}
