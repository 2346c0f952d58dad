package org.openjolo.astrolink4.internal.driver;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4.internal.protocol.Fields;
import org.openjolo.astrolink4.internal.protocol.Requests;
import org.openjolo.astrolink4.internal.protocol.SettingsBlock;
import org.openjolo.astrolink4.internal.protocol.StatusLine;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.FocuserSettings.Setting;
import org.openjolo.core.capability.MotorState;
import org.openjolo.core.capability.StepperMode;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.ProtocolException;

/**
 * The AstroLink 4 USB driver. The handshake identifies the device and reads the stepper ({@code u}) and
 * motor ({@code z}) settings back; each poll reads the status line. Focuser commands are validated against
 * the settings read from the device before anything is written.
 */
public final class AstroLink4Device extends ConnectedDevice {

    /** Ranges the makers' INDI driver enforces, plus what the firmware fields can hold. */
    static final int MAX_POSITION_LIMIT = 10_000_000;
    static final int SPEED_MIN = 1, SPEED_MAX = 4000;
    static final int ACCELERATION_MIN = 1, ACCELERATION_MAX = 100_000;
    static final int CURRENT_MIN = 100, CURRENT_MAX = 1500;

    private static final StepperMode[] MODES = { StepperMode.UNIPOLAR, StepperMode.BIPOLAR, StepperMode.MICRO_8, StepperMode.MICRO_32 };

    private volatile FocuserSettings settings = new FocuserSettings(0, false, 0, 0, 0, 0, 0, 0, StepperMode.UNIPOLAR);
    private volatile boolean holdOn;
    private volatile int position;
    private volatile int stepsToGo;

    /** Creates the driver and offers its capabilities. */
    public AstroLink4Device(DeviceConnection connection) {
        super(connection, AstroLink4.FAMILY_ID, AstroLink4.MODEL);
        offer(Focuser.class, new StepperFocuser());
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        String reply = io.exchange(Requests.IDENTIFY);
        String identity = identify(reply);
        setFirmware(identity);
        readSettings(io);
        StatusLine status = StatusLine.parse(io.exchange(Requests.STATUS));
        position = status.position();
        stepsToGo = status.stepsToGo();
        return identity;
    }

    /**
     * Checks an identify reply the way the maker's driver does (prefix {@code #:AstroLink4}).
     *
     * @return the identification without the {@code #:} prefix
     */
    static String identify(String reply) throws DeviceException {
        if (reply == null || !reply.startsWith("#:AstroLink4")) {
            throw new DeviceException(Reason.PROTOCOL_ERROR, "The device answered '" + reply
                    + "' to the identify request: not an AstroLink 4 (expected '#:AstroLink4...' at " + AstroLink4.BAUD_RATE + " baud)");
        }
        return reply.substring(2);
    }

    private void readSettings(LineExchange io) throws IOException {
        SettingsBlock u = SettingsBlock.parse('u', SettingsBlock.U_FIELDS, io.exchange(Requests.READ_SETTINGS));
        SettingsBlock z = SettingsBlock.parse('z', SettingsBlock.Z_FIELDS, io.exchange(Requests.READ_MOTOR));
        int modeCode = u.get(SettingsBlock.U_MODE);
        if (modeCode < 0 || modeCode >= MODES.length) {
            throw new ProtocolException("Unknown stepper mode " + modeCode + " in field 7 of 'u'", null);
        }
        int hold = z.get(SettingsBlock.Z_HOLD);
        holdOn = hold != SettingsBlock.HOLD_OFF;
        settings = new FocuserSettings(u.get(SettingsBlock.U_MAX_POSITION), u.get(SettingsBlock.U_REVERSED) != 0,
                u.get(SettingsBlock.U_STEP_SIZE) / 100.0, settings.backlash(), u.get(SettingsBlock.U_SPEED),
                u.get(SettingsBlock.U_ACCELERATION), z.get(SettingsBlock.Z_CURRENT),
                holdOn ? u.get(SettingsBlock.U_POWER_STOPPED) : 0, MODES[modeCode]);
    }

    @Override
    public Telemetry poll(LineExchange io) throws IOException {
        StatusLine s = StatusLine.parse(io.exchange(Requests.STATUS));
        position = s.position();
        stepsToGo = s.stepsToGo();
        return toTelemetry(s, Instant.now());
    }

    static Telemetry toTelemetry(StatusLine s, Instant time) {
        Telemetry.Builder b = Telemetry.at(time)
                .put(StandardTelemetry.FOCUSER_POSITION, s.position())
                .put(StandardTelemetry.FOCUSER_STEPS_TO_GO, s.stepsToGo())
                .put(StandardTelemetry.FOCUSER_MOVING, s.moving())
                .put(StandardTelemetry.TOTAL_CURRENT, s.current());
        if (!s.full()) {
            return b.build();
        }
        if (s.sensor1() != null) {
            b.put(StandardTelemetry.TEMPERATURE_1, s.sensor1().temperature())
                    .put(StandardTelemetry.HUMIDITY_1, s.sensor1().humidity())
                    .put(StandardTelemetry.DEW_POINT_1, s.sensor1().dewPoint());
        }
        if (s.sensor2() != null) {
            b.put(StandardTelemetry.TEMPERATURE_2, s.sensor2().temperature());
            if (!Double.isNaN(s.sensor2().humidity())) {
                b.put(StandardTelemetry.HUMIDITY_2, s.sensor2().humidity()).put(StandardTelemetry.DEW_POINT_2, s.sensor2().dewPoint());
            }
        }
        if (s.skyTemperature() != null) {
            b.put(StandardTelemetry.SKY_TEMPERATURE, s.skyTemperature())
                    .put(StandardTelemetry.SKY_AMBIENT_DIFFERENCE, s.skyAmbient() - s.skyTemperature());
        }
        b.put(StandardTelemetry.SKY_QUALITY, s.skyQuality())
                .put(StandardTelemetry.FOCUSER_PENDING_COMPENSATION, s.pendingCompensation())
                .put(StandardTelemetry.INPUT_VOLTAGE, s.inputVoltage())
                .put(StandardTelemetry.ENERGY_AH, s.energyAh())
                .put(StandardTelemetry.ENERGY_WH, s.energyWh())
                .put(StandardTelemetry.pwm(0), s.pwmA())
                .put(StandardTelemetry.pwm(1), s.pwmB());
        for (int i = 0; i < s.outputs().length; i++) {
            b.put(StandardTelemetry.output(i), s.outputs()[i]);
        }
        return b.build();
    }

    /** The focuser capability. */
    private final class StepperFocuser implements Focuser {

        private static final Set<Setting> SUPPORTED = EnumSet.allOf(Setting.class);

        @Override
        public FocuserSettings settings() {
            return settings;
        }

        @Override
        public boolean supports(Setting setting) {
            return SUPPORTED.contains(setting);
        }

        @Override
        public int position() {
            return position;
        }

        @Override
        public boolean isMoving() {
            return stepsToGo != 0;
        }

        @Override
        public MotorState motorState() {
            return isMoving() ? MotorState.MOVING : holdOn && settings.holdTorquePercent() > 0 ? MotorState.HOLDING : MotorState.IDLE;
        }

        @Override
        public CompletableFuture<Void> moveTo(int target) {
            return inRange("Target position", target,
                    () -> connection.submit("move to " + target, io -> ack('R', io.exchange(Requests.moveTo(target)))));
        }

        @Override
        public CompletableFuture<Void> moveBy(int delta) {
            long target = (long) position + delta;
            if (target < Integer.MIN_VALUE || target > Integer.MAX_VALUE) {
                return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE, "Move by " + delta + " steps is too large"));
            }
            return moveTo((int) target);
        }

        @Override
        public CompletableFuture<Void> abort() {
            return connection.submit("stop the focuser", io -> ack('H', io.exchange(Requests.STOP)));
        }

        @Override
        public CompletableFuture<Void> sync(int newPosition) {
            return inRange("Position", newPosition, () -> connection.submit("set the position to " + newPosition, io -> {
                ack('P', io.exchange(Requests.sync(newPosition)));
                position = newPosition;
                return null;
            }));
        }

        @Override
        public CompletableFuture<Void> applySettings(FocuserSettings s) {
            try {
                DeviceException.checkRange("Maximum position", s.maxPosition(), 1, MAX_POSITION_LIMIT);
                DeviceException.checkRange("Speed (pps)", s.speed(), SPEED_MIN, SPEED_MAX);
                DeviceException.checkRange("Acceleration (pps/s)", s.acceleration(), ACCELERATION_MIN, ACCELERATION_MAX);
                DeviceException.checkRange("Motor current (mA)", s.motorCurrentMa(), CURRENT_MIN, CURRENT_MAX);
                DeviceException.checkRange("Hold torque (%)", s.holdTorquePercent(), 0, 100);
                DeviceException.checkRange("Backlash (steps)", s.backlash(), -MAX_POSITION_LIMIT, MAX_POSITION_LIMIT);
                if (!(s.stepSizeMicrons() >= 0 && s.stepSizeMicrons() <= 100)) {
                    throw new DeviceException(Reason.INVALID_VALUE, "Step size " + s.stepSizeMicrons() + " µm is outside the allowed range 0 to 100 µm");
                }
            } catch (DeviceException e) {
                return CompletableFuture.failedFuture(e);
            }
            return connection.submit("write the focuser settings", io -> {
                SettingsBlock u = SettingsBlock.parse('u', SettingsBlock.U_FIELDS, io.exchange(Requests.READ_SETTINGS));
                u.set(SettingsBlock.U_MAX_POSITION, s.maxPosition())
                        .set(SettingsBlock.U_SPEED, s.speed())
                        .set(SettingsBlock.U_ACCELERATION, s.acceleration())
                        .set(SettingsBlock.U_REVERSED, s.reversed() ? 1 : 0)
                        .set(SettingsBlock.U_MODE, s.mode().ordinal())
                        .set(SettingsBlock.U_STEP_SIZE, (int) Math.round(s.stepSizeMicrons() * 100))
                        .set(SettingsBlock.U_POWER_STOPPED, s.holdTorquePercent());
                ack('U', io.exchange(u.writeRequest()));
                SettingsBlock z = SettingsBlock.parse('z', SettingsBlock.Z_FIELDS, io.exchange(Requests.READ_MOTOR));
                z.set(SettingsBlock.Z_CURRENT, s.motorCurrentMa())
                        .set(SettingsBlock.Z_HOLD, s.holdTorquePercent() > 0 ? SettingsBlock.HOLD_ON : SettingsBlock.HOLD_OFF);
                ack('Z', io.exchange(z.writeRequest()));
                settings = settings.withBacklash(s.backlash());
                readSettings(io);
                return null;
            });
        }

        /** Runs {@code command} only when {@code value} lies in 0..max position; nothing is sent otherwise. */
        private CompletableFuture<Void> inRange(String what, int value, Supplier<CompletableFuture<Void>> command) {
            int max = settings.maxPosition();
            if (value < 0 || value > max) {
                return CompletableFuture.failedFuture(new DeviceException(Reason.INVALID_VALUE,
                        what + " " + value + " is outside the focuser's range 0 to " + max + " (maximum position)"));
            }
            return command.get();
        }
    }

    /** Checks an action acknowledgement ({@code R:}, {@code H:}...). */
    static Void ack(char letter, String reply) throws ProtocolException {
        Fields.parse(letter, reply);
        return null;
    }
}
