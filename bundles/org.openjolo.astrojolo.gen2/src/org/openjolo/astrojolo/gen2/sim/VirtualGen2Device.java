package org.openjolo.astrojolo.gen2.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.openjolo.astrojolo.gen2.Gen2Model;
import org.openjolo.astrojolo.gen2.protocol.Block;
import org.openjolo.core.spi.CompensationModel;
import org.openjolo.core.spi.DeviceClock;
import org.openjolo.core.spi.DewPoint;
import org.openjolo.core.spi.StepperModel;
import org.openjolo.core.spi.VirtualDevice;

/**
 * A model of the second-generation astrojolo firmware (AstroLink 4 mini II, chosen by a {@link Gen2Model})
 * answering the protocol of {@code docs/protocol/astrolink4-mini2.md} byte for byte: two steppers, each moving at
 * its own speed and acceleration and stopped on its own; three outputs, two PWM outputs and the regulated
 * output draw current and energy accumulates; temperatures drift over the night, humidity drives the dew point;
 * the protection switches the outputs off. The one settings block persists for the life of the object (the
 * firmware's EEPROM). It takes what the makers' INDI driver sends: either focuser index (the driver addresses
 * index 1 when it has no saved configuration), the whole {@code U} block with its trailing ':', and both PWM
 * channels in a row.
 *
 * <p>A one-focuser model (the MAX, the micro) keeps the two-focuser layout, as the makers' drivers for it are
 * copies of the mini II's: the second focuser's status fields and block fields are 0, and a request for it is
 * acknowledged and ignored (the MAX's driver addresses index 1 when it has no saved configuration).</p>
 */
public class VirtualGen2Device implements VirtualDevice {

    private static final int FOCUSERS = 2;

    private final Gen2Model model;
    /** How many of the two focusers the model has. */
    private final int fitted;
    private final DeviceClock clock;
    private String identity;
    private final StepperModel[] steppers = { new StepperModel(), new StepperModel() };
    private final CompensationModel[] compensation = { new CompensationModel(), new CompensationModel() };
    /** The settings block, index = field number (0 unused). */
    private final int[] u = new int[Block.FIELDS + 1];
    private final boolean[] outputs = new boolean[3];
    private final int[] pwm = new int[2];
    private boolean regulatedOn = true;
    private double regulatedVolts = 5.0;
    private double energyAh;
    private int beeps;
    /** Fault hooks: extra load beyond the outputs, the supply voltage, a held ambient temperature. */
    private double extraLoad;
    private double supplyVoltage = 12.6;
    private double ambientOverride = Double.NaN;
    /** Protection: when the condition started (or -1), and what tripped (0 none, 1 over-voltage, 2 over-current). */
    private long overSince = -1;
    private int tripFlag;
    private double tripValue;
    private boolean sensor1 = true;
    private boolean sensor2 = true;
    private boolean skySensor = true;
    private boolean sqmSensor = true;

    /**
     * @param nanoClock time source in nanoseconds ({@code System::nanoTime}, or a test's own clock)
     * @param model     which controller to be
     */
    public VirtualGen2Device(LongSupplier nanoClock, Gen2Model model) {
        this.model = model;
        this.fitted = model.focusers();
        this.identity = model.simulatedIdentity();
        this.clock = new DeviceClock(nanoClock);
        String[] defaults = Block.defaults(fitted).split(":");
        for (int i = 1; i <= Block.FIELDS; i++) {
            u[i] = Integer.parseInt(defaults[i - 1]);
        }
        powerUpOutputs();
        steppers[0].sync(5000);
        if (fitted > 1) {
            steppers[1].sync(20000);
        }
    }

    @Override
    public String familyId() {
        return model.familyId();
    }

    @Override
    public int baudRate() {
        return model.baudRate();
    }

    @Override
    public String description() {
        return "simulated " + model.name();
    }

    /** What the device answers to '#' after the '#:'. */
    public synchronized void setIdentity(String identity) {
        this.identity = identity;
    }

    /** Plugs or unplugs sensors: 1 (temperature/humidity), the extended sensor 2, sky temperature, sky brightness. */
    public synchronized void setSensors(boolean s1, boolean s2, boolean sky, boolean sqm) {
        sensor1 = s1;
        sensor2 = s2;
        skySensor = sky;
        sqmSensor = sqm;
    }

    /** Fault hook: an extra load in amperes (e.g. a short circuit on an output); 0 to remove it. */
    public synchronized void setExtraLoad(double amps) {
        advance();
        extraLoad = amps;
    }

    /** Fault hook: the supply voltage (a sagging battery, a wrong power supply). */
    public synchronized void setSupplyVoltage(double volts) {
        advance();
        supplyVoltage = volts;
    }

    /** Fault hook / test script: holds the ambient temperature at {@code celsius} (NaN returns to the night's drift). */
    public synchronized void setAmbientTemperature(double celsius) {
        advance();
        ambientOverride = celsius;
    }

    /** The regulated output as set on the device itself (its protocol has no request for it). */
    public synchronized void setRegulatedOutput(boolean on, double volts) {
        advance();
        regulatedOn = on;
        regulatedVolts = volts;
    }

    /**
     * A reset through the line (DTR) or a power cycle: outputs and PWM return to their power-up states, the energy
     * counter to 0, a protection trip is cleared and running moves stop where they are; the settings and the
     * positions stay (the firmware keeps them in EEPROM).
     */
    @Override
    public synchronized boolean powerCycle() {
        advance();
        powerUpOutputs();
        energyAh = 0;
        tripFlag = 0;
        tripValue = 0;
        overSince = -1;
        for (int f = 0; f < FOCUSERS; f++) {
            steppers[f].sync(steppers[f].position());
            compensation[f].forget();
        }
        return true;
    }

    private void powerUpOutputs() {
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = u[Block.OUTPUT1_DEFAULT + i] != 0;
        }
        for (int i = 0; i < pwm.length; i++) {
            pwm[i] = u[Block.PWM1_DEFAULT + i];
        }
    }

    /** Whether 12 V output {@code index} (0-2) is on (for tests). */
    public synchronized boolean output(int index) {
        advance();
        return outputs[index];
    }

    /** PWM channel {@code index} (0-1) duty, % (for tests). */
    public synchronized int pwm(int index) {
        advance();
        return pwm[index];
    }

    /** Focuser {@code focuser}'s (0-1) position (for tests and the simulator panel). */
    public synchronized int position(int focuser) {
        advance();
        return steppers[focuser].position();
    }

    /** Whether focuser {@code focuser} (0-1) moves (for tests). */
    public synchronized boolean moving(int focuser) {
        advance();
        return steppers[focuser].moving();
    }

    /** Settings block field {@code n} (1-40) as stored (for tests). */
    public synchronized int setting(int n) {
        return u[n];
    }

    /** How many times the buzzer sounded (for tests). */
    public synchronized int beeps() {
        return beeps;
    }

    @Override
    public synchronized String handle(String request) {
        advance();
        if (request.isEmpty()) {
            return null;
        }
        String[] t = request.split(":");
        char letter = request.charAt(0);
        try {
            return switch (letter) {
                case '#' -> {
                    if (u[Block.BUZZER] != 0) {
                        beeps++;
                    }
                    yield "#:" + identity;
                }
                case 'q' -> status();
                case 'u' -> block();
                case 'U' -> writeSettings(t);
                case 'R' -> move(focuser(t[1]), Integer.parseInt(t[2].strip()));
                case 'P' -> sync(focuser(t[1]), Integer.parseInt(t[2].strip()));
                case 'H' -> stop(t);
                case 'C' -> setOutput(Integer.parseInt(t[1].strip()), Integer.parseInt(t[2].strip()) != 0);
                case 'B' -> setPwm(Integer.parseInt(t[1].strip()), Integer.parseInt(t[2].strip()));
                default -> letter + ": error";
            };
        } catch (RuntimeException ex) {
            // malformed parameters: the ancestor firmware answers like an unknown command
            return letter + ": error";
        }
    }

    private static int focuser(String field) {
        int f = Integer.parseInt(field.strip());
        if (f < 0 || f >= FOCUSERS) {
            throw new IllegalArgumentException("focuser " + f);
        }
        return f;
    }

    private int field(int first, int focuser) {
        return u[Block.of(first, focuser)];
    }

    private void advance() {
        double dt = clock.tick();
        if (dt <= 0) {
            return;
        }
        for (int f = 0; f < fitted; f++) {
            steppers[f].advance(dt, field(Block.SPEED, f), field(Block.ACCELERATION, f));
        }
        energyAh += current() * dt / 3600.0;
        protect(clock.now());
        for (int f = 0; f < fitted; f++) {
            if (field(Block.COMPENSATION_AUTO, f) == 1) {
                compensation[f].applyIfAtLeast(steppers[f], pending(f), field(Block.COMPENSATION_TRIGGER, f), field(Block.MAX_POSITION, f),
                        temperature1());
            }
        }
    }

    private double hours() {
        return clock.hours();
    }

    /** Ambient temperature: a slow cooling through the night with a small ripple, unless a test holds it. */
    private double temperature1() {
        return Double.isNaN(ambientOverride) ? 13.0 - 0.7 * hours() + 0.15 * Math.sin(hours() * 20) : ambientOverride;
    }

    private double humidity1() {
        return Math.min(99, 64 + 3 * hours() + 1.5 * Math.sin(hours() * 7));
    }

    /** Sensor 2 sits at the tube, warmed by PWM B's heater. */
    private double temperature2() {
        return temperature1() + 2.0 + pwm[1] * 0.08;
    }

    private double humidity2() {
        return Math.max(5, humidity1() - 10 - pwm[1] * 0.1);
    }

    private double skyTemperature() {
        return temperature1() - 20 + 1.2 * Math.sin(hours() * 3);
    }

    private double regulatedVoltage() {
        return regulatedOn && tripFlag == 0 ? regulatedVolts : 0;
    }

    private double inputVoltage() {
        return supplyVoltage - 0.05 * current() - 0.02 * hours();
    }

    private double current() {
        double a = 0.12 + extraLoad + regulatedVoltage() * 0.05;
        for (boolean o : outputs) {
            a += o ? 0.45 : 0;
        }
        for (int p : pwm) {
            a += p / 100.0 * 1.8;
        }
        for (int f = 0; f < fitted; f++) {
            double motor = field(Block.CURRENT, f) * 10 / 1000.0;
            a += steppers[f].moving() ? motor : motor * field(Block.HOLD, f) / 100.0;
        }
        return a;
    }

    /**
     * Over-voltage / over-current protection: a condition lasting longer than the sensitivity switches the
     * outputs, PWM and the regulated output off, reported in status fields 24-25 until an output is switched on.
     */
    private void protect(long now) {
        double volts = inputVoltage();
        double amps = current();
        boolean overVoltage = volts > u[Block.OVER_VOLTAGE] / 1000.0;
        boolean overCurrent = amps > u[Block.OVER_CURRENT] / 1000.0;
        if (!overVoltage && !overCurrent) {
            overSince = -1;
            return;
        }
        if (overSince < 0) {
            overSince = now;
        }
        if ((now - overSince) / 1_000_000 >= u[Block.SENSITIVITY]) {
            tripFlag = overVoltage ? 1 : 2;
            tripValue = overVoltage ? volts : amps;
            Arrays.fill(outputs, false);
            Arrays.fill(pwm, 0);
            overSince = -1;
        }
    }

    private int pending(int focuser) {
        if (focuser >= fitted) {
            return 0;
        }
        return compensation[focuser].pending(temperature1(), field(Block.COMPENSATION, focuser));
    }

    private String status() {
        double t1 = temperature1();
        double h1 = humidity1();
        double t2 = temperature2();
        double h2 = humidity2();
        double v = inputVoltage();
        double sky = skyTemperature();
        Object[] f = {
            model.deviceCode(), steppers[0].position(), steppers[0].stepsToGo(), steppers[1].position(), steppers[1].stepsToGo(), current(),
            sensor1 ? 1 : 0, sensor1 ? t1 : 0.0, sensor1 ? h1 : 0.0, sensor1 ? DewPoint.of(t1, h1) : 0.0,
            sensor2 ? 1 : 0, sensor2 ? t2 : 0.0,
            pwm[0], pwm[1], outputs[0] ? 1 : 0, outputs[1] ? 1 : 0, outputs[2] ? 1 : 0,
            v, regulatedVoltage(), energyAh, energyAh * v, pending(0), pending(1), tripFlag, tripValue,
            skySensor ? 1 : 0, skySensor ? sky : 0.0, skySensor ? t1 + 0.3 : 0.0,
            sensor2 ? 1 : 0, sensor2 ? t2 : 0.0, sensor2 ? h2 : 0.0, sensor2 ? DewPoint.of(t2, h2) : 0.0,
            sqmSensor ? 1 : 0, sqmSensor ? 20.6 + 0.1 * Math.sin(hours()) : 0.0
        };
        StringBuilder sb = new StringBuilder("q");
        for (Object o : f) {
            sb.append(':');
            sb.append(o instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : o);
        }
        return sb.toString();
    }

    private String block() {
        StringBuilder sb = new StringBuilder("u");
        for (int i = 1; i <= Block.FIELDS; i++) {
            sb.append(':').append(u[i]);
        }
        return sb.toString();
    }

    /** Takes the whole block, with or without the trailing ':' the drivers append; keeps the old one if it is unusable. */
    private String writeSettings(String[] t) {
        if (t.length - 1 < Block.FIELDS) {
            return "U: error";
        }
        int[] parsed = new int[u.length];
        for (int i = 1; i <= Block.FIELDS; i++) {
            parsed[i] = (int) Math.round(Double.parseDouble(t[i].strip()));
        }
        for (int f = 0; f < fitted; f++) {
            int mode = parsed[Block.of(Block.MODE, f)];
            if (parsed[Block.of(Block.SPEED, f)] <= 0 || parsed[Block.of(Block.ACCELERATION, f)] <= 0 || parsed[Block.of(Block.MAX_POSITION, f)] < 0
                    || mode < 0 || mode > 2) {
                // the firmware would not run a motor with these
                return "U: error";
            }
        }
        System.arraycopy(parsed, 1, u, 1, Block.FIELDS);
        for (int f = 0; f < fitted; f++) {
            if (steppers[f].position() > field(Block.MAX_POSITION, f)) {
                // the ancestor firmware clamps the position to a smaller maximum
                steppers[f].sync(field(Block.MAX_POSITION, f));
            }
        }
        return "U:";
    }

    private String move(int focuser, int target) {
        if (focuser >= fitted) {
            return "R:";
        }
        // out of range: the firmware ignores it and still acknowledges
        if (steppers[focuser].moveWithin(target, field(Block.MAX_POSITION, focuser))) {
            compensation[focuser].reference(temperature1());
        }
        return "R:";
    }

    private String sync(int focuser, int position) {
        if (focuser >= fitted) {
            return "P:";
        }
        steppers[focuser].syncWithin(position, field(Block.MAX_POSITION, focuser));
        return "P:";
    }

    /** {@code H:f} stops one focuser; a bare {@code H} (the micro's driver) stops every one the model has. */
    private String stop(String[] t) {
        for (int f = 0; f < fitted; f++) {
            if (t.length < 2 || focuser(t[1]) == f) {
                steppers[f].stop(field(Block.ACCELERATION, f), 0, field(Block.MAX_POSITION, f));
            }
        }
        return "H:";
    }

    private String setOutput(int index, boolean on) {
        if (index < 0 || index >= outputs.length) {
            return "C: error";
        }
        outputs[index] = on;
        if (on) {
            tripFlag = 0;
        }
        return "C:";
    }

    private String setPwm(int channel, int value) {
        if (channel < 0 || channel >= pwm.length || value < 0 || value > 100) {
            return "B: error";
        }
        pwm[channel] = value;
        if (value > 0) {
            tripFlag = 0;
        }
        return "B:";
    }
}
