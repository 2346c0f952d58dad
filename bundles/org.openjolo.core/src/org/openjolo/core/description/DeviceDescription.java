package org.openjolo.core.description;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openjolo.core.Capability;
import org.openjolo.core.TelemetryKey;

/**
 * Everything a device has, as it says itself: its capability instances in display order. Consumers loop over
 * this instead of assuming a shape; a family that adds a second focuser or a fourth PWM output changes only
 * its own description.
 *
 * @param capabilities the instances, ids unique, channel ids unique across the device
 */
public record DeviceDescription(List<CapabilityDescription> capabilities) {

    /** Checks that ids are unique. */
    public DeviceDescription {
        capabilities = List.copyOf(capabilities);
        Set<String> ids = new HashSet<>();
        Set<String> channelIds = new HashSet<>();
        for (CapabilityDescription c : capabilities) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("Two capability instances have the id '" + c.id() + "'");
            }
            for (Channel<?> ch : c.channels()) {
                if (!channelIds.add(ch.id())) {
                    throw new IllegalArgumentException("Two channels have the id '" + ch.id() + "'");
                }
            }
        }
    }

    /** A device that describes nothing. */
    public static final DeviceDescription EMPTY = new DeviceDescription(List.of());

    /** The instances of one capability type, in order. */
    public List<CapabilityDescription> of(Class<? extends Capability> type) {
        return capabilities.stream().filter(c -> c.type() == type).toList();
    }

    /** The first instance of a capability type. */
    public Optional<CapabilityDescription> first(Class<? extends Capability> type) {
        return capabilities.stream().filter(c -> c.type() == type).findFirst();
    }

    /** The instance with this id. */
    public Optional<CapabilityDescription> instance(String id) {
        return capabilities.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every channel of every instance, in order. */
    public List<Channel<?>> channels() {
        return capabilities.stream().flatMap(c -> c.channels().stream()).toList();
    }

    /** The channel with this id (a telemetry key's id). */
    public Optional<Channel<?>> channel(String channelId) {
        return channels().stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    /** The instance a channel belongs to. */
    public Optional<CapabilityDescription> owner(String channelId) {
        return capabilities.stream().filter(c -> c.channels().stream().anyMatch(ch -> ch.id().equals(channelId))).findFirst();
    }

    /**
     * The device's sensors in the order it numbers them (sensor 1, sensor 2…): its
     * {@link org.openjolo.core.capability.EnvironmentSensors} instances. Compensation, alert monitors, a PWM
     * output's AUTO mode and the firmwares choose "sensor n" from this list.
     */
    public List<CapabilityDescription> sensors() {
        return of(org.openjolo.core.capability.EnvironmentSensors.class);
    }

    /** Sensor {@code n} (1-based) of {@link #sensors()}, if the device has it. */
    public Optional<CapabilityDescription> sensor(int n) {
        List<CapabilityDescription> all = sensors();
        return n >= 1 && n <= all.size() ? Optional.of(all.get(n - 1)) : Optional.empty();
    }

    /** The temperature of sensor {@code n} (1-based), if the device has that sensor and it measures temperature. */
    public Optional<TelemetryKey<Double>> temperatureSensor(int n) {
        return sensor(n).flatMap(c -> c.channel(Quantities.TEMPERATURE, Double.class)).map(Channel::key);
    }

    /**
     * Refuses a sensor number the device has no temperature for.
     *
     * @param what for people, e.g. "Regulated sensor"
     * @throws org.openjolo.core.DeviceException {@code INVALID_VALUE} naming the sensors it has
     */
    public void checkTemperatureSensor(String what, int n) throws org.openjolo.core.DeviceException {
        if (temperatureSensor(n).isEmpty()) {
            throw new org.openjolo.core.DeviceException(org.openjolo.core.DeviceException.Reason.INVALID_VALUE,
                    what + " " + n + " is not one of this device's temperature sensors: " + temperatureSensorChoice());
        }
    }

    /** The numbers of the sensors that measure temperature, for people: "1, 2", or "none". */
    public String temperatureSensorChoice() {
        java.util.StringJoiner j = new java.util.StringJoiner(", ");
        for (int n = 1; n <= sensors().size(); n++) {
            if (temperatureSensor(n).isPresent()) {
                j.add(Integer.toString(n));
            }
        }
        return j.length() == 0 ? "none" : j.toString();
    }

    /** Whether the device has at least one instance of {@code type}. */
    public boolean has(Class<? extends Capability> type) {
        return first(type).isPresent();
    }
}
