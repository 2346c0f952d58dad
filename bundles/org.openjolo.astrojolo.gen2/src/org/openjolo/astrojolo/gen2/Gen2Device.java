package org.openjolo.astrojolo.gen2;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.astrojolo.gen2.protocol.Requests;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.Buzzer;
import org.openjolo.core.capability.DeviceSettings;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.capability.HandController;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.core.io.ConnectedDevice;
import org.openjolo.core.io.DeviceConnection;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.LineExchange;
import org.openjolo.core.io.SettingsBlock;

/**
 * The driver of the second-generation astrojolo controllers (AstroLink 4 mini II), configured by a
 * {@link Gen2Model}. The handshake identifies the device, checks the device code in its status line and reads
 * the one settings block back; each poll
 * reads the status line and lets a focuser that went past its target for backlash come back. Each capability
 * is a small class over the state kept here.
 */
public final class Gen2Device extends ConnectedDevice {

    private final Gen2Model model;
    private final List<Gen2Focuser> focusers = new ArrayList<>();
    private final Gen2Outputs outputs = new Gen2Outputs(this);
    private final Gen2Pwm pwm = new Gen2Pwm(this);
    private final Gen2Power power = new Gen2Power(this);
    private final Gen2Sky sky = new Gen2Sky(this);
    private final Gen2Regulated regulated;
    private final Gen2Settings settings;

    private volatile Status status;
    private volatile SettingsBlock u;

    /**
     * Creates the driver and offers the capabilities the model has.
     *
     * @param connection the link given to {@code DeviceFamily.open}
     * @param model      which controller this is
     */
    public Gen2Device(DeviceConnection connection, Gen2Model model) {
        super(connection, model.familyId(), model.name());
        this.model = model;
        // after the model: the settings rules follow its focusers
        this.settings = new Gen2Settings(this);
        for (int f = 0; f < model.focusers(); f++) {
            Gen2Focuser focuser = new Gen2Focuser(this, f, model.focusers() > 1);
            focusers.add(focuser);
            offer(focuser.description(), focuser);
        }
        offer(StandardCapabilities.outputs(Gen2Outputs.COUNT), outputs);
        offer(Gen2Pwm.DESCRIPTION, pwm);
        offer(Gen2Power.DESCRIPTION, power);
        EnvironmentSensors sensors = () -> 2;
        offer(StandardCapabilities.environmentSensor(1, true), sensors);
        // humidity and dew point come from the extended sensor 2 only; a plain sensor 2 reports a temperature
        offer(StandardCapabilities.environmentSensor(2, true), sensors);
        if (model.skySensors()) {
            offer(Gen2Sky.DESCRIPTION, sky);
        }
        regulated = model.regulatedOutput() ? new Gen2Regulated(this) : null;
        if (regulated != null) {
            offer(Gen2Regulated.DESCRIPTION, regulated);
        }
        offer(Buzzer.class, new Gen2Flag(this, Block.BUZZER, "buzzer"));
        offer(HandController.class, new Gen2Flag(this, Block.HAND_CONTROLLER, "manual control"));
        offer(DeviceSettings.class, settings);
    }

    DeviceConnection link() {
        return connection;
    }

    /** Which controller this is. */
    Gen2Model model() {
        return model;
    }

    /** The latest status line, or null before the first poll. */
    Status status() {
        return status;
    }

    /** The settings block as last read, or null before the handshake. */
    SettingsBlock settingsBlock() {
        return u;
    }

    @Override
    public String connected(LineExchange io) throws IOException, DeviceException {
        settings.resetIfAsked(io);
        String identity = identify(model, io.exchange(Requests.IDENTIFY));
        setFirmware(identity);
        // the first mini answers the identify request the same way: the status line's device code tells them apart
        String reply = io.exchange(Requests.STATUS);
        String code = Status.deviceCode(reply);
        if (!model.acceptsDeviceCode(code)) {
            throw new DeviceException(Reason.PROTOCOL_ERROR, "The device answered the status request with '" + code + "' where an " + model.name()
                    + " sends " + model.describeDeviceCode() + " (a first-generation AstroLink 4 sends its focuser position there)");
        }
        Status first = parseStatus(reply);
        readSettings(io);
        remember(first);
        return identity;
    }

    /**
     * Checks an identify reply the way the maker's driver does, by a prefix ({@code #:AstroLink4mini} for the mini
     * II); a model with several spellings takes any of them.
     *
     * @return the identification without the {@code #:} prefix
     */
    public static String identify(Gen2Model model, String reply) throws DeviceException {
        List<String> prefixes = model.identityPrefixes();
        if (prefixes.size() == 1 || reply == null || prefixes.stream().noneMatch(reply::startsWith)) {
            // one prefix: the shared check and its words; none matches: the refusal names every spelling taken
            return Fields.identify(reply, String.join("...' or '", prefixes), model.name(), model.baudRate());
        }
        return reply.substring(2);
    }

    /** Reads the settings block into the focusers' settings and the outputs' power-up states. */
    void readSettings(LineExchange io) throws IOException {
        SettingsBlock block = SettingsBlock.parse('u', Block.FIELDS, io.exchange(Requests.READ_SETTINGS));
        for (Gen2Focuser f : focusers) {
            f.update(block);
        }
        power.update(block);
        u = block;
    }

    /** Read-modify-write of the whole settings block (every field, a trailing ':'), then read it back. */
    void writeSettings(LineExchange io, Consumer<SettingsBlock> change) throws IOException {
        SettingsBlock block = SettingsBlock.parse('u', Block.FIELDS, io.exchange(Requests.READ_SETTINGS));
        change.accept(block);
        Fields.ack('U', io.exchange(block.writeRequest()));
        readSettings(io);
    }

    /** Reads a status line of this model. */
    Status status(LineExchange io) throws IOException {
        return parseStatus(io.exchange(Requests.STATUS));
    }

    private Status parseStatus(String reply) throws IOException {
        return Status.parse(reply, model::acceptsDeviceCode, model.describeDeviceCode());
    }

    @Override
    public Telemetry poll(LineExchange io) throws IOException {
        Status s = status(io);
        remember(s);
        boolean again = false;
        for (Gen2Focuser f : focusers) {
            again |= f.continueBacklash(io);
        }
        if (again) {
            // report the second leg as moving, not the idle overshoot it started from
            s = status(io);
            remember(s);
        }
        Telemetry t = toTelemetry(s, Instant.now());
        pwm.regulate(io, s, t);
        return t;
    }

    private void remember(Status s) {
        for (Gen2Focuser f : focusers) {
            f.polled(s.positions()[f.index()], s.stepsToGo()[f.index()]);
        }
        status = s;
    }

    Telemetry toTelemetry(Status s, Instant time) {
        Telemetry.Builder b = Telemetry.at(time);
        for (Gen2Focuser f : focusers) {
            CapabilityDescription d = f.description();
            put(b, d, Quantities.POSITION, Integer.class, s.positions()[f.index()]);
            put(b, d, Quantities.STEPS_TO_GO, Integer.class, s.stepsToGo()[f.index()]);
            put(b, d, Quantities.MOVING, Boolean.class, s.moving(f.index()));
        }
        b.put(StandardTelemetry.TOTAL_CURRENT, power.corrected(s.current()))
                .put(StandardTelemetry.INPUT_VOLTAGE, s.inputVoltage())
                .put(StandardTelemetry.ENERGY_AH, s.energyAh())
                .put(StandardTelemetry.ENERGY_WH, s.energyWh());
        climate(b, 1, s.sensor1());
        climate(b, 2, s.sensor2());
        if (model.skySensors() && s.skyTemperature() != null) {
            b.put(StandardTelemetry.SKY_TEMPERATURE, s.skyTemperature())
                    .put(StandardTelemetry.SKY_AMBIENT_DIFFERENCE, s.skyAmbient() - s.skyTemperature());
        }
        if (model.skySensors() && s.skyQuality() != null) {
            b.put(StandardTelemetry.SKY_QUALITY, sky.calibrated(s.skyQuality()));
        }
        for (int i = 0; i < Gen2Pwm.COUNT; i++) {
            b.put(StandardTelemetry.pwm(i), s.pwm()[i]);
        }
        for (int i = 0; i < Gen2Outputs.COUNT; i++) {
            b.put(StandardTelemetry.output(i), s.outputs()[i]);
        }
        if (regulated != null) {
            b.put(StandardTelemetry.REGULATED_VOLTAGE, s.regulatedVoltage());
        }
        power.trip().ifPresent(t -> b.put(StandardTelemetry.PROTECTION_TRIP, t.describe()));
        return b.build();
    }

    private static <T> void put(Telemetry.Builder b, CapabilityDescription d, String quantity, Class<T> type, T value) {
        d.channel(quantity, type).map(Channel::key).ifPresent(k -> b.put(k, value));
    }

    private static void climate(Telemetry.Builder b, int sensor, Status.Climate c) {
        if (c == null) {
            return;
        }
        b.put(StandardTelemetry.temperature(sensor), c.temperature());
        if (!Double.isNaN(c.humidity())) {
            TelemetryKey<Double> humidity = StandardTelemetry.humidity(sensor);
            b.put(humidity, c.humidity()).put(StandardTelemetry.dewPoint(sensor), c.dewPoint());
        }
    }
}
