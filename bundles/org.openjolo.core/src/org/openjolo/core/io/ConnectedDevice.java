package org.openjolo.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openjolo.core.Capability;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.Telemetry;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.DeviceDescription;

/**
 * Base class for drivers: identity, state, listeners and telemetry come from the {@link DeviceConnection};
 * the subclass offers its capabilities in its constructor and implements the {@link SessionHandler}.
 */
public abstract class ConnectedDevice implements DeviceDriver {

    /** The link; submit commands here. */
    protected final DeviceConnection connection;
    private final String familyId;
    private final String model;
    private volatile String firmware = "";
    private final Map<Class<? extends Capability>, Capability> capabilities = new LinkedHashMap<>();
    /** Implementations by instance id, in the order offered. */
    private final Map<String, Capability> instances = new LinkedHashMap<>();
    private final List<CapabilityDescription> descriptions = new ArrayList<>();
    private volatile DeviceDescription description = DeviceDescription.EMPTY;

    /**
     * @param connection the link given to {@code DeviceFamily.open}
     * @param familyId   the family id
     * @param model      the model name for people
     */
    protected ConnectedDevice(DeviceConnection connection, String familyId, String model) {
        this.connection = connection;
        this.familyId = familyId;
        this.model = model;
    }

    /**
     * Offers a capability that reports nothing by telemetry and has no described settings (a buzzer, the
     * settings document); call from the constructor. Its instance id is the type's simple name in lower camel
     * case.
     */
    protected final <C extends Capability> void offer(Class<C> type, C implementation) {
        String name = type.getSimpleName();
        offer(CapabilityDescription.of(type, Character.toLowerCase(name.charAt(0)) + name.substring(1), name), implementation);
    }

    /**
     * Offers one described capability instance; call from the constructor, in display order. The first
     * instance of a type is what {@link #capability(Class)} returns.
     *
     * @throws IllegalArgumentException when the implementation is not of the described type, or the id or a
     *                                  channel id is taken
     */
    protected final void offer(CapabilityDescription described, Capability implementation) {
        if (!described.type().isInstance(implementation)) {
            throw new IllegalArgumentException(implementation.getClass().getName() + " does not implement " + described.type().getName());
        }
        List<CapabilityDescription> all = new ArrayList<>(descriptions);
        all.add(described);
        DeviceDescription next = new DeviceDescription(all);
        descriptions.add(described);
        description = next;
        capabilities.putIfAbsent(described.type(), implementation);
        instances.put(described.id(), implementation);
    }

    /** Records the identification string read during the handshake. */
    protected final void setFirmware(String firmware) {
        this.firmware = firmware == null ? "" : firmware;
    }

    @Override
    public DeviceIdentity identity() {
        return new DeviceIdentity(familyId, model, firmware, connection.address(), connection.serialNumber());
    }

    @Override
    public ConnectionState state() {
        return connection.state();
    }

    @Override
    public <C extends Capability> Optional<C> capability(Class<C> type) {
        return Optional.ofNullable(type.cast(capabilities.get(type)));
    }

    @Override
    public <C extends Capability> Optional<C> capability(Class<C> type, String instanceId) {
        Capability c = instances.get(instanceId);
        return type.isInstance(c) ? Optional.of(type.cast(c)) : Optional.empty();
    }

    @Override
    public DeviceDescription description() {
        return description;
    }

    @Override
    public Set<Class<? extends Capability>> capabilities() {
        return Collections.unmodifiableSet(capabilities.keySet());
    }

    @Override
    public Optional<Telemetry> latestTelemetry() {
        return connection.latestTelemetry();
    }

    @Override
    public org.openjolo.core.DeviceProfile profile() {
        return connection.profile();
    }

    @Override
    public void addListener(DeviceListener listener) {
        connection.addListener(listener);
    }

    @Override
    public void removeListener(DeviceListener listener) {
        connection.removeListener(listener);
    }

    @Override
    public String toString() {
        return model + " on " + connection.address().displayName();
    }
}
