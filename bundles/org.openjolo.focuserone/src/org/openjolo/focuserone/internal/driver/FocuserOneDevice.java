package org.openjolo.focuserone.internal.driver;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Buzzer;
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
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.protocol.Block;
import org.openjolo.focuserone.internal.protocol.Status;

/**
 * The FocuserOne v2 driver. The handshake identifies the device, checks that its status line is the v2 line
 * (nine fields; a v1 device is refused by name), then reads the {@code u} block and the buzzer flag; each
 * poll reads the status line. Focuser, compensation and display settings all live in {@code u}, written back
 * by read-modify-write.
 */
public final class FocuserOneDevice extends ConnectedDevice {

    /** The {@code u} block's compensation limits (the coefficient is stored in hundredths) and the 16-bit {@code S:N}. */
    static final CapabilityDescription COMPENSATION = StandardCapabilities.firmwareCompensation(Limit.of(-1000, 1000, "steps/°C", 2),
            Limit.whole(1, 1000, "steps"), Limit.whole(1, 3600, "s"), Limit.whole(0, 65535, "steps"));

    private final F1Focuser focuser = new F1Focuser(this);
    // fields 8-11 of u; firmware compensation follows sensor 1, the block has no sensor field
    private final BlockCompensation compensation = new BlockCompensation(connection, COMPENSATION, this::description,
            new BlockCompensation.Layout('u', Block.FIELDS, Block.COEFFICIENT, Block.CYCLE, Block.THRESHOLD, Block.AUTO, 0), Requests::compensate);
    private final FlagSetting buzzer = new FlagSetting(connection, 'j', Requests::buzzer, "buzzer");
    private final ManualControl manual = new ManualControl(connection);
    private final F1Settings settings = new F1Settings(this);

    /** Creates the driver and offers its capabilities. */
    public FocuserOneDevice(DeviceConnection connection) {
        super(connection, FocuserOne.FAMILY_ID, FocuserOne.MODEL);
        offer(focuser.description(), focuser);
        EnvironmentSensors sensors = () -> 2;
        offer(StandardCapabilities.environmentSensor(1, true), sensors);
        // the second sensor input reports a temperature only
        offer(StandardCapabilities.environmentSensor(2, false), sensors);
        offer(COMPENSATION, compensation);
        offer(Buzzer.class, buzzer);
        offer(HandController.class, manual);
        offer(DeviceSettings.class, settings);
    }

    DeviceConnection link() {
        return connection;
    }

    FlagSetting buzzer() {
        return buzzer;
    }

    ManualControl manual() {
        return manual;
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        settings.resetIfAsked(io);
        String identity = FocuserOneProbe.identify(io.exchange(Requests.IDENTIFY), FocuserOne.MODEL);
        setFirmware(identity);
        // the status line tells the generations apart before anything is read into the wrong fields
        String first = io.exchange(Requests.STATUS);
        int fields = Fields.parse('q', first).count();
        if (fields != Status.FIELDS) {
            throw new DeviceException(Reason.PROTOCOL_ERROR, "The FocuserOne sends " + fields + " status fields where the v2 firmware sends "
                    + Status.FIELDS + ": it is a " + FocuserOne.MODEL_V1 + ", connect it as that");
        }
        Status s = Status.parse(first);
        readAll(io);
        focuser.polled(s.position(), s.stepsToGo());
        return identity;
    }

    /** Reads the {@code u} block and the buzzer flag. */
    void readAll(LineExchange io) throws IOException {
        SettingsBlock u = readBlock(io);
        focuser.update(u);
        compensation.update(u);
        buzzer.read(io);
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
                .put(StandardTelemetry.FOCUSER_MOVING, s.moving())
                .put(StandardTelemetry.FOCUSER_PENDING_COMPENSATION, s.pendingCompensation());
        if (s.sensor1() != null) {
            b.put(StandardTelemetry.TEMPERATURE_1, s.sensor1().temperature())
                    .put(StandardTelemetry.HUMIDITY_1, s.sensor1().humidity())
                    .put(StandardTelemetry.DEW_POINT_1, s.sensor1().dewPoint());
        }
        if (s.sensor2Temperature() != null) {
            b.put(StandardTelemetry.TEMPERATURE_2, s.sensor2Temperature());
        }
        return b.build();
    }
}
