package org.openjolo.astrojolo.gen1;

import org.openjolo.astrojolo.gen1.protocol.Blocks;
import java.io.IOException;
import java.time.Instant;

import org.openjolo.core.io.Fields;
import org.openjolo.astrojolo.gen1.protocol.Requests;
import org.openjolo.core.io.SettingsBlock;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.DeviceException;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Limit;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.BlockCompensation;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.FlagSetting;
import org.openjolo.core.io.LineExchange;

/**
 * The driver of the first-generation astrojolo controllers (AstroLink 4 USB, AstroLink 4 mini), configured by
 * a {@link Gen1Model}. The handshake identifies the device and reads its settings blocks back ({@code u},
 * {@code z} where the model has it, {@code n}, {@code j}, {@code f}, {@code e}); each poll reads the status
 * line, then lets the PWM outputs in HEAT or AUTO mode adjust their duty. Each capability is a small class
 * over the state kept here.
 */
public final class Gen1Device extends ConnectedDevice {

    private final Al4Focuser focuser;
    private final Al4Outputs outputs = new Al4Outputs(this);
    private final Al4Pwm pwm = new Al4Pwm(this);
    private final Al4Power power = new Al4Power(this);
    private final Al4Sky sky = new Al4Sky(this);
    private final Al4Buzzer buzzer = new Al4Buzzer(this);
    private final FlagSetting hand = new FlagSetting(connection, 'f', Requests::handController, "manual control");
    private final Al4Settings settings = new Al4Settings(this);
    /** The {@code e} block's limits (the coefficient is stored in hundredths) and the {@code S:N} byte. */
    static final CapabilityDescription COMPENSATION = StandardCapabilities.firmwareCompensation(Limit.of(-1000, 1000, "steps/°C", 2),
            Limit.whole(1, 1000, "steps"), Limit.whole(1, 3600, "s"), Limit.whole(0, 255, "steps"));

    // the e block: cycle, coefficient x100, sensor, auto, threshold
    private final BlockCompensation compensation = new BlockCompensation(connection, COMPENSATION, this::description,
            new BlockCompensation.Layout('e', Blocks.E_FIELDS, Blocks.E_COEFFICIENT, Blocks.E_CYCLE, Blocks.E_THRESHOLD, Blocks.E_AUTO,
                    Blocks.E_SENSOR), Requests::compensate);
    private final Al4DcFocuser dc = new Al4DcFocuser(this);
    private final Gen1Model model;

    private volatile StatusLine status;
    /** The length of this device's idle status line, learnt at each handshake; 0 until known. */
    private volatile int statusFields;
    private volatile SettingsBlock u;

    /**
     * Creates the driver and offers the capabilities the model has.
     *
     * @param connection the link given to {@code DeviceFamily.open}
     * @param model      which controller this is
     */
    public Gen1Device(DeviceConnection connection, Gen1Model model) {
        super(connection, model.familyId(), model.name());
        this.model = model;
        this.focuser = new Al4Focuser(this, model);
        offer(focuser.description(), focuser);
        if (model.hub()) {
            offer(StandardCapabilities.outputs(Al4Outputs.COUNT), outputs);
            offer(Al4Pwm.DESCRIPTION, pwm);
            offer(Al4Power.DESCRIPTION, power);
        }
        EnvironmentSensors sensors = () -> 2;
        offer(StandardCapabilities.environmentSensor(1, true), sensors);
        // the short line's sensor 2 measures temperature only
        offer(StandardCapabilities.environmentSensor(2, model.skySensors()), sensors);
        if (model.skySensors()) {
            offer(Al4Sky.DESCRIPTION, sky);
        }
        if (model.dcFocuser()) {
            offer(Al4DcFocuser.DESCRIPTION, dc);
        }
        offer(Buzzer.class, buzzer);
        offer(HandController.class, hand);
        offer(DeviceSettings.class, settings);
        offer(COMPENSATION, compensation);
    }

    DeviceConnection link() {
        return connection;
    }

    /** Which controller this is. */
    Gen1Model model() {
        return model;
    }

    /** The latest full or short status line, or null before the first poll. */
    StatusLine status() {
        return status;
    }

    /** The {@code u} block as last read. */
    SettingsBlock settingsBlock() {
        return u;
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        settings.resetIfAsked(io);
        String identity = identify(model, io.exchange(Requests.IDENTIFY));
        setFirmware(identity);
        readAll(io);
        String first = io.exchange(Requests.STATUS);
        StatusLine s = StatusLine.parse(first);
        if (s.full()) {
            statusFields = StatusLine.fieldCount(first);
        }
        if (model.hub()) {
            pwm.applyStartupValues(io, s);
        }
        remember(s);
        return identity;
    }

    /** Reads every settings block back. */
    void readAll(LineExchange io) throws IOException {
        readSettings(io);
        if (model.hub()) {
            power.read(io);
        }
        buzzer.read(io);
        hand.read(io);
        compensation.read(io);
    }

    /**
     * Checks an identify reply the way the maker's driver does (a prefix: {@code #:AstroLink4} for the USB,
     * {@code #:AstroLink4min} for the mini).
     *
     * @return the identification without the {@code #:} prefix
     */
    public static String identify(Gen1Model model, String reply) throws DeviceException {
        return Fields.identify(reply, model.identityPrefix(), model.name(), model.baudRate());
    }

    /**
     * Reads the {@code u} block (and {@code z}, where the model has it) into the focuser settings and the
     * outputs' power-up states.
     */
    void readSettings(LineExchange io) throws IOException {
        SettingsBlock block = SettingsBlock.parse('u', Blocks.U_FIELDS, io.exchange(Requests.READ_SETTINGS));
        SettingsBlock z = model.motorBlock() ? SettingsBlock.parse('z', Blocks.Z_FIELDS, io.exchange(Requests.READ_MOTOR)) : null;
        focuser.update(block, z);
        u = block;
    }

    /** Read-modify-write of the {@code u} block, then read everything back. */
    void writeSettings(LineExchange io, java.util.function.Consumer<SettingsBlock> change) throws IOException {
        SettingsBlock block = SettingsBlock.parse('u', Blocks.U_FIELDS, io.exchange(Requests.READ_SETTINGS));
        change.accept(block);
        Fields.ack('U', io.exchange(block.writeRequest()));
        readSettings(io);
    }

    @Override
    public Telemetry poll(LineExchange io) throws IOException {
        StatusLine s = status(io);
        remember(s);
        if (focuser.continueBacklash(io)) {
            // report the second leg as moving, not the idle overshoot it started from
            s = status(io);
            remember(s);
        }
        Telemetry t = toTelemetry(s, Instant.now());
        if (s.full() && model.hub()) {
            pwm.regulate(io, s, t);
        }
        return t;
    }

    /** Reads a status line, as long as the device's own lines are (see {@link StatusLine#parse(String, int)}). */
    StatusLine status(LineExchange io) throws IOException {
        return StatusLine.parse(io.exchange(Requests.STATUS), statusFields);
    }

    private void remember(StatusLine s) {
        focuser.polled(s.position(), s.stepsToGo());
        if (s.dcRunning() != null) {
            dc.polled(s.dcRunning());
        }
        if (s.full()) {
            status = s;
        } else if (status != null) {
            // keep the environment and outputs of the last full line; only the motion is new
            StatusLine last = status;
            status = new StatusLine(s.position(), s.stepsToGo(), s.current(), true, last.sensor1(), last.pwmA(), last.pwmB(),
                    last.outputs(), last.inputVoltage(), last.regulatedVoltage(), last.energyAh(), last.energyWh(),
                    last.pendingCompensation(), last.protectionTrip(), last.protectionValue(), last.skyTemperature(),
                    last.skyAmbient(), last.sensor2(), last.skyQuality(), last.dcRunning());
        }
    }

    Telemetry toTelemetry(StatusLine s, Instant time) {
        Telemetry.Builder b = Telemetry.at(time)
                .put(StandardTelemetry.FOCUSER_POSITION, s.position())
                .put(StandardTelemetry.FOCUSER_STEPS_TO_GO, s.stepsToGo())
                .put(StandardTelemetry.FOCUSER_MOVING, s.moving());
        if (model.hub()) {
            b.put(StandardTelemetry.TOTAL_CURRENT, power.corrected(s.current()));
        }
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
        if (s.skyQuality() != null) {
            b.put(StandardTelemetry.SKY_QUALITY, sky.calibrated(s.skyQuality()));
        }
        b.put(StandardTelemetry.FOCUSER_PENDING_COMPENSATION, s.pendingCompensation());
        if (!model.hub()) {
            // a stand-alone focuser's line carries the hub's fields, but it has no such parts
            return b.build();
        }
        b.put(StandardTelemetry.INPUT_VOLTAGE, s.inputVoltage())
                .put(StandardTelemetry.ENERGY_AH, s.energyAh())
                .put(StandardTelemetry.ENERGY_WH, s.energyWh())
                .put(StandardTelemetry.pwm(0), s.pwmA())
                .put(StandardTelemetry.pwm(1), s.pwmB());
        for (int i = 0; i < s.outputs().length; i++) {
            b.put(StandardTelemetry.output(i), s.outputs()[i]);
        }
        if (model.dcFocuser()) {
            b.put(StandardTelemetry.DC_FOCUSER_RUNNING, s.dcRunning());
        }
        power.trip().ifPresent(t -> b.put(StandardTelemetry.PROTECTION_TRIP, t.describe()));
        return b.build();
    }
}
