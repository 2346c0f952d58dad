package org.openjolo.astrojolo.gen1.sim;

import org.openjolo.core.spi.StepperModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.openjolo.astrojolo.gen1.Gen1Model;
import org.openjolo.core.spi.CompensationModel;
import org.openjolo.core.spi.DeviceClock;
import org.openjolo.core.spi.DewPoint;
import org.openjolo.core.spi.VirtualDevice;

/**
 * A model of the first-generation astrojolo firmware (AstroLink 4 USB and mini, chosen by a {@link Gen1Model})
 * answering the protocol of {@code docs/protocol/astrolink4-usb.md} and {@code astrolink4-mini.md} byte for
 * byte: the stepper moves at the configured speed and acceleration and can be stopped mid-move; the mini's DC
 * motor runs for the time asked; temperatures drift over the night, humidity drives the dew point, outputs
 * draw current and energy accumulates. Settings persist for the life of the object (the firmware's EEPROM).
 * Every reply is one LF-free line of at most 99 characters with no empty field (what the makers' INDI driver
 * needs).
 */
public class VirtualGen1Device implements VirtualDevice {

    private final Gen1Model model;
    private final DeviceClock clock;
    private String identity;
    /** When the DC motor stops by itself (clock nanoseconds), or -1 when it does not run. */
    private long dcUntil = -1;
    private int dcRuns;

    private final StepperModel stepper = new StepperModel();
    /** u block, index = field number (0 unused); defaults from the makers' simulation table. */
    private final int[] u = { 0, 25000, 220, 0, 100, 440, 0, 0, 1, 257, 0, 0, 0, 0, 0, 1, 0, 0 };
    /** e block: cycle s, coefficient ×100, sensor, auto, threshold. */
    private final int[] e = { 0, 30, 1200, 1, 0, 20 };
    /** n block: ADC coefficient ×1000, over-voltage V×10, over-current A×10, sensitivity ms. */
    private final int[] n = { 0, 1077, 140, 100, 100 };
    /** z block: motor current mA, hold code. */
    private final int[] z = { 0, 400, 3 };
    private boolean buzzer = true;
    private int beeps;
    private boolean handController;
    private final boolean[] outputs = new boolean[3];
    private final int[] pwm = new int[2];
    private final boolean[] pwmAuto = new boolean[2];
    private double energyAh;
    /** Fault hooks: extra load beyond the outputs, and the supply voltage. */
    private double extraLoad;
    private double supplyVoltage = 12.6;
    private double ambientOverride = Double.NaN;
    /** Protection: when the condition started (or -1), and what tripped (0 none, 1 over-voltage, 2 over-current). */
    private long overSince = -1;
    private int tripFlag;
    private double tripValue;
    private final CompensationModel compensation = new CompensationModel();

    private boolean sensor1 = true;
    private boolean sensor2 = true;
    private boolean skySensor = true;
    private boolean sqmSensor = true;

    /**
     * @param nanoClock time source in nanoseconds ({@code System::nanoTime}, or a test's own clock)
     * @param model     which controller to be
     */
    public VirtualGen1Device(LongSupplier nanoClock, Gen1Model model) {
        this.model = model;
        this.identity = model.simulatedIdentity();
        this.clock = new DeviceClock(nanoClock);
        for (int i = 0; i < 3; i++) {
            outputs[i] = u[15 + i] != 0;
        }
        stepper.sync(10000);
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

    /** What the device answers to '#' after the '#:' (the real USB's answer is uncertain; see the notes). */
    public synchronized void setIdentity(String identity) {
        this.identity = identity;
    }

    /** Plugs or unplugs sensors: 1 and 2 (temperature/humidity), sky temperature, sky brightness. */
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

    /**
     * A reset through the line (DTR) or a power cycle: outputs return to their power-up states, PWM to 0, the
     * energy counter to 0, a protection trip is cleared and a running move stops where it is; the settings and
     * the position stay (the firmware keeps them in EEPROM).
     */
    @Override
    public synchronized boolean powerCycle() {
        advance();
        for (int i = 0; i < 3; i++) {
            outputs[i] = u[15 + i] != 0;
        }
        java.util.Arrays.fill(pwm, 0);
        java.util.Arrays.fill(pwmAuto, false);
        energyAh = 0;
        dcUntil = -1;
        tripFlag = 0;
        tripValue = 0;
        overSince = -1;
        stepper.sync(stepper.position());
        compensation.forget();
        return true;
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

    /** Whether the DC motor runs (for tests). */
    public synchronized boolean dcRunning() {
        advance();
        return dcUntil >= 0;
    }

    /** How many timed DC runs were started (for tests). */
    public synchronized int dcRuns() {
        return dcRuns;
    }

    /** How many times the buzzer sounded (for tests). */
    public synchronized int beeps() {
        return beeps;
    }

    /** The stepper position (for tests and the simulator panel). */
    public synchronized int position() {
        advance();
        return stepper.position();
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
                    // the family's firmware beeps on identify when its buzzer is enabled
                    if (buzzer) {
                        beeps++;
                    }
                    yield "#:" + identity;
                }
                case 'q' -> status();
                case 'u' -> block('u', u);
                case 'U' -> writeSettings(t);
                case 'e' -> block('e', e);
                case 'E' -> writeBlock('E', e, t);
                case 'n' -> block('n', n);
                case 'N' -> writeBlock('N', n, t);
                case 'z' -> model.motorBlock() ? block('z', z) : "z: error";
                case 'Z' -> model.motorBlock() ? writeBlock('Z', z, t) : "Z: error";
                case 'j' -> "j:" + (buzzer ? 1 : 0);
                case 'J' -> {
                    buzzer = flag(t[1]);
                    yield "J:";
                }
                case 'f' -> "f:" + (handController ? 1 : 0);
                case 'F' -> {
                    handController = flag(t[1]);
                    yield "F:";
                }
                case 'R' -> move(Integer.parseInt(t[2].strip()));
                case 'P' -> sync(Integer.parseInt(t[2].strip()));
                case 'H' -> {
                    stepper.stop(u[5], 0, u[1]);
                    yield "H:";
                }
                case 'S' -> compensate(Integer.parseInt(t[1].strip()));
                case 'C' -> {
                    int i = Integer.parseInt(t[1].strip());
                    if (i >= 0 && i < 3) {
                        outputs[i] = flag(t[2]);
                        if (outputs[i]) {
                            tripFlag = 0;
                        }
                    }
                    yield "C:";
                }
                case 'B' -> setPwm(Integer.parseInt(t[1].strip()), Integer.parseInt(t[2].strip()));
                // the USB acknowledges them too (the makers' simulation table) but has no DC motor to run
                case 'G' -> dcRun(t);
                case 'K' -> {
                    dcUntil = -1;
                    yield "K:";
                }
                case 'p' -> "p:" + stepper.position();
                case 'i' -> "i:" + (stepper.moving() ? 1 : 0);
                default -> letter + ": error";
            };
        } catch (RuntimeException ex) {
            // malformed parameters: the ancestor firmware answers like an unknown command
            return letter + ": error";
        }
    }

    private void advance() {
        double dt = clock.tick();
        if (dt <= 0) {
            return;
        }
        stepper.advance(dt, u[2], u[5]);
        if (dcUntil >= 0 && clock.now() >= dcUntil) {
            dcUntil = -1;
        }
        energyAh += current() * dt / 3600.0;
        protect(clock.now());
        if (e[4] == 1) {
            compensation.applyIfAtLeast(stepper, pending(), e[5], u[1], temperature1());
        }
    }

    private double hours() {
        return clock.hours();
    }

    /** Ambient temperature: a slow cooling through the night with a small ripple, unless a test sets it. */
    private double temperature1() {
        return Double.isNaN(ambientOverride) ? 14.0 - 0.8 * hours() + 0.15 * Math.sin(hours() * 20) : ambientOverride;
    }

    /** Fault hook / test script: holds the ambient temperature at {@code celsius} (NaN returns to the night's drift). */
    public synchronized void setAmbientTemperature(double celsius) {
        advance();
        ambientOverride = celsius;
    }

    private double humidity1() {
        return Math.min(99, 62 + 3 * hours() + 1.5 * Math.sin(hours() * 7));
    }

    private double temperature2() {
        return temperature1() + 2.5 + pwm[1] * 0.08;
    }

    private double humidity2() {
        return Math.max(5, humidity1() - 12);
    }

    private double skyTemperature() {
        return temperature1() - 21 + 1.2 * Math.sin(hours() * 3);
    }

    private double inputVoltage() {
        return supplyVoltage - 0.05 * current() - 0.02 * hours();
    }

    /**
     * Over-voltage / over-current protection: a condition lasting longer than the sensitivity switches all PWM
     * and DC outputs off and is reported in status fields 21-22 until an output is switched on again.
     */
    private void protect(long now) {
        double volts = inputVoltage();
        double amps = current();
        boolean overVoltage = volts > n[2] / 10.0;
        boolean overCurrent = amps > n[3] / 10.0;
        if (!overVoltage && !overCurrent) {
            overSince = -1;
            return;
        }
        if (overSince < 0) {
            overSince = now;
        }
        if ((now - overSince) / 1_000_000 >= n[4]) {
            tripFlag = overVoltage ? 1 : 2;
            tripValue = overVoltage ? volts : amps;
            java.util.Arrays.fill(outputs, false);
            java.util.Arrays.fill(pwm, 0);
            java.util.Arrays.fill(pwmAuto, false);
            overSince = -1;
        }
    }

    private double current() {
        double a = 0.11 + extraLoad;
        for (boolean o : outputs) {
            a += o ? 0.45 : 0;
        }
        for (int p : pwm) {
            a += p / 100.0 * 1.8;
        }
        if (dcUntil >= 0) {
            a += 0.3;
        }
        if (stepper.moving()) {
            a += z[1] / 1000.0;
        } else if (z[2] != 3) {
            a += z[1] / 1000.0 * u[3] / 100.0;
        }
        return a;
    }

    private int pending() {
        return compensation.pending(temperature1(), e[2]);
    }

    private String status() {
        boolean moving = stepper.moving();
        double t1 = temperature1();
        double h1 = humidity1();
        double t2 = temperature2();
        double h2 = humidity2();
        double v = inputVoltage();
        double a = current();
        for (int i = 0; i < 2; i++) {
            if (pwmAuto[i]) {
                pwm[i] = (int) Math.max(0, Math.min(100, (h1 - 50) * 2));
            }
        }
        boolean dc = dcUntil >= 0;
        Object[] f = model.skySensors() ? new Object[] {
            stepper.position(), stepper.stepsToGo(), a,
            sensor1 ? 1 : 0, sensor1 ? t1 : 0.0, sensor1 ? h1 : 0.0, sensor1 ? DewPoint.of(t1, h1) : 0.0,
            sensor2 ? 1 : 0, sensor2 ? t2 : 0.0,
            pwm[0], pwm[1], outputs[0] ? 1 : 0, outputs[1] ? 1 : 0, outputs[2] ? 1 : 0,
            v, 5.0, energyAh, energyAh * v, dc ? 1 : 0, pending(), tripFlag, tripValue,
            skySensor ? 1 : 0, skySensor ? skyTemperature() : 1037.5, skySensor ? t1 + 0.4 : 1037.5,
            sensor2 ? 1 : 0, sensor2 ? t2 : 0.0, sensor2 ? h2 : 0.0, sensor2 ? DewPoint.of(t2, h2) : 0.0,
            sqmSensor ? 1 : 0, sqmSensor ? 20.8 + 0.1 * Math.sin(hours()) : 0.0
        } : new Object[] {
            // the first-generation line: sensor 2 is a temperature only, field 19 says whether the DC motor runs
            stepper.position(), stepper.stepsToGo(), a,
            sensor1 ? 1 : 0, sensor1 ? t1 : 0.0, sensor1 ? h1 : 0.0, sensor1 ? DewPoint.of(t1, h1) : 0.0,
            sensor2 ? 2 : 0, sensor2 ? t2 : 0.0,
            pwm[0], pwm[1], outputs[0] ? 1 : 0, outputs[1] ? 1 : 0, outputs[2] ? 1 : 0,
            v, 5.0, energyAh, energyAh * v, dc ? 1 : 0, pending(), tripFlag, tripValue
        };
        StringBuilder sb = new StringBuilder("q");
        for (Object o : f) {
            sb.append(':');
            if (o instanceof Double d) {
                sb.append(String.format(Locale.ROOT, "%.2f", d));
            } else {
                sb.append(o);
            }
        }
        return sb.toString();
    }

    private static String block(char letter, int[] values) {
        StringBuilder sb = new StringBuilder().append(letter);
        for (int i = 1; i < values.length; i++) {
            sb.append(':').append(values[i]);
        }
        return sb.toString();
    }

    /** Accepts the block with or without the trailing ':' the drivers append; decimals are taken as written. */
    private static String writeBlock(char letter, int[] target, String[] t) {
        int count = target.length - 1;
        if (t.length - 1 < count) {
            return letter + ": error";
        }
        int[] parsed = new int[target.length];
        for (int i = 1; i <= count; i++) {
            parsed[i] = (int) Math.round(Double.parseDouble(t[i].strip()));
        }
        System.arraycopy(parsed, 1, target, 1, count);
        return letter + ":";
    }

    private String writeSettings(String[] t) {
        int[] before = Arrays.copyOf(u, u.length);
        String reply = writeBlock('U', u, t);
        if (u[2] <= 0 || u[5] <= 0 || u[1] < 0 || u[7] < 0 || u[7] > 3) {
            // the firmware would not run a motor with these; keep the old settings
            System.arraycopy(before, 0, u, 0, u.length);
            return "U: error";
        }
        if (stepper.position() > u[1]) {
            // the ancestor firmware clamps the position to a smaller maximum
            stepper.sync(u[1]);
        }

        return reply;
    }

    private String move(int target) {
        // out of range: the firmware beeps, ignores it and still acknowledges
        if (stepper.moveWithin(target, u[1])) {
            compensation.reference(temperature1());
        }
        return "R:";
    }

    private String sync(int position) {
        stepper.syncWithin(position, u[1]);
        return "P:";
    }

    private String compensate(int threshold) {
        compensation.applyIfAtLeast(stepper, pending(), threshold, u[1], temperature1());
        return "S:";
    }

    /**
     * {@code G:<dir>:<power>:<ms>}: the motor runs for the time given. Fields that are not numbers, and a power
     * or time the firmware cannot hold, are answered with an error (the driver's own ranges are checked by the
     * driver, before the wire).
     */
    private String dcRun(String[] t) {
        Integer.parseInt(t[1].strip()); // the direction only changes which way it turns: it must be a number
        int power = Integer.parseInt(t[2].strip());
        int ms = Integer.parseInt(t[3].strip());
        if (power < 0 || power > 100 || ms < 0 || ms > 60_000) {
            return "G: error";
        }
        if (model.dcFocuser()) {
            dcUntil = clock.now() + ms * 1_000_000L;
            dcRuns++;
        }
        return "G:";
    }

    private String setPwm(int channel, int value) {
        if (channel < 0 || channel > 1) {
            return "B: error";
        }
        if (value == 255) {
            pwmAuto[channel] = true;
        } else if (value >= 0 && value <= 100) {
            pwmAuto[channel] = false;
            pwm[channel] = value;
            if (value > 0) {
                tripFlag = 0;
            }
        } else {
            return "B: error";
        }
        return "B:";
    }

    private static boolean flag(String s) {
        return Integer.parseInt(s.strip()) != 0;
    }
}
