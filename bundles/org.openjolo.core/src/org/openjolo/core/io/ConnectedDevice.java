package org.openjolo.core.io;

import java.util.Collections;
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

/**
 * Base class for drivers: identity, state, listeners and telemetry come from the {@link DeviceConnection};
 * the subclass offers its capabilities in its constructor and implements the {@link SessionHandler}.
 */
public abstract class ConnectedDevice implements Device, SessionHandler {

    /** The link; submit commands here. */
    protected final DeviceConnection connection;
    private final String familyId;
    private final String model;
    private volatile String firmware = "";
    private final Map<Class<? extends Capability>, Capability> capabilities = new LinkedHashMap<>();

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

    /** Offers a capability; call from the constructor. */
    protected final <C extends Capability> void offer(Class<C> type, C implementation) {
        capabilities.put(type, implementation);
    }

    /** Records the identification string read during the handshake. */
    protected final void setFirmware(String firmware) {
        this.firmware = firmware == null ? "" : firmware;
    }

    @Override
    public DeviceIdentity identity() {
        return new DeviceIdentity(familyId, model, firmware, connection.address());
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
