package org.openjolo.focuserlink.internal.driver;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.BlockCompensation;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.FlagSetting;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.focuserlink.FocuserLink;
import org.openjolo.focuserlink.internal.protocol.Block;
import org.openjolo.focuserlink.internal.protocol.Requests;
import org.openjolo.focuserlink.internal.protocol.Status;

/**
 * The FocuserLink driver. The handshake identifies the device and reads the {@code u} block and the manual
 * buttons' flag; each poll reads the status line. Focuser, compensation and settings all live in {@code u},
 * written back by read-modify-write.
 */
public final class FocuserLinkDevice extends ConnectedDevice {

    /** The identify reply's prefix the makers' driver compares (12 characters). */
    static final String IDENTITY_PREFIX = "#:FocuserLin";

    private final FlFocuser focuser = new FlFocuser(this);
    /** The {@code u} block's compensation limits (the coefficient is stored in hundredths) and the 16-bit {@code S:N}. */
    static final CapabilityDescription COMPENSATION = StandardCapabilities.firmwareCompensation(Limit.of(-1000, 1000, "steps/°C", 2),
            Limit.whole(1, 1000, "steps"), Limit.whole(1, 3600, "s"), Limit.whole(0, 65535, "steps"));

    // fields 8-11 of u; the FocuserLink has one sensor
    private final BlockCompensation compensation = new BlockCompensation(connection, COMPENSATION, this::description,
            new BlockCompensation.Layout('u', Block.FIELDS, Block.COEFFICIENT, Block.CYCLE, Block.THRESHOLD, Block.AUTO, 0), Requests::compensate);
    private final FlagSetting manual = new FlagSetting(connection, 'f', Requests::manual, "manual buttons");
    private final FlSettings settings = new FlSettings(this);

    /** Creates the driver and offers its capabilities. */
    public FocuserLinkDevice(DeviceConnection connection) {
        super(connection, FocuserLink.FAMILY_ID, FocuserLink.MODEL);
        offer(focuser.description(), focuser);
        offer(StandardCapabilities.environmentSensor(1, true), (EnvironmentSensors) () -> 1);
        offer(COMPENSATION, compensation);
        offer(HandController.class, manual);
        offer(DeviceSettings.class, settings);
    }

    DeviceConnection link() {
        return connection;
    }

    FlagSetting manual() {
        return manual;
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        settings.resetIfAsked(io);
        String identity = identify(io.exchange(Requests.IDENTIFY));
        setFirmware(identity);
        readAll(io);
        focuser.polled(Status.parse(io.exchange(Requests.STATUS)));
        return identity;
    }

    /**
     * Checks an identify reply the way the maker's driver does (its first 12 characters).
     *
     * @return the identification without the {@code #:} prefix
     */
    static String identify(String reply) throws DeviceException {
        if (reply == null || !reply.startsWith(IDENTITY_PREFIX)) {
            throw new DeviceException(Reason.PROTOCOL_ERROR, "The device answered '" + reply
                    + "' to the identify request: not a FocuserLink (expected '#:FocuserLink' at " + FocuserLink.BAUD_RATE + " baud)");
        }
        return reply.substring(2);
    }

    /** Reads the {@code u} block and the manual-buttons flag. */
    void readAll(LineExchange io) throws IOException {
        SettingsBlock u = readBlock(io);
        focuser.update(u);
        compensation.update(u);
        manual.read(io);
    }

    static SettingsBlock readBlock(LineExchange io) throws IOException {
        return SettingsBlock.read(io, 'u', Block.FIELDS);
    }

    /** Read-modify-write of the {@code u} block, then read everything back. */
    void writeBlock(LineExchange io, Consumer<SettingsBlock> change) throws IOException {
        SettingsBlock.rewrite(io, 'u', Block.FIELDS, change);
        readAll(io);
    }

    @Override
    public Telemetry poll(LineExchange io) throws IOException, DeviceException {
        Status s = focuser.pollStatus(io, x -> Status.parse(x.exchange(Requests.STATUS)), Status::position, Status::stepsToGo);
        return toTelemetry(s, Instant.now());
    }

    static Telemetry toTelemetry(Status s, Instant time) {
        Telemetry.Builder b = Telemetry.at(time)
                .put(StandardTelemetry.FOCUSER_POSITION, s.position())
                .put(StandardTelemetry.FOCUSER_STEPS_TO_GO, s.stepsToGo())
                .put(StandardTelemetry.FOCUSER_MOVING, s.moving());
        if (s.pendingCompensation() != null) {
            b.put(StandardTelemetry.FOCUSER_PENDING_COMPENSATION, s.pendingCompensation());
        }
        if (s.temperature() != null) {
            b.put(StandardTelemetry.TEMPERATURE_1, s.temperature())
                    .put(StandardTelemetry.HUMIDITY_1, s.humidity())
                    .put(StandardTelemetry.DEW_POINT_1, s.dewPoint());
        }
        return b.build();
    }
}
