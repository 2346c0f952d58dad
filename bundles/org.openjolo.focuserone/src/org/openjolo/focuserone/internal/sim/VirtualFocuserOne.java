package org.openjolo.focuserone.internal.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.openjolo.core.spi.CompensationModel;
import org.openjolo.core.spi.DeviceClock;
import org.openjolo.core.spi.DewPoint;
import org.openjolo.core.spi.StepperModel;
import org.openjolo.core.spi.VirtualFirmware;
import org.openjolo.focuserone.FocuserOne;

/**
 * A model of the FocuserOne firmware answering {@code docs/protocol/focuserone.md} byte for byte, in either
 * generation: v2 (one 19-field {@code u} block, the nine-field status line, {@code P:<position>}) or v1 (the
 * first generation's 17-field {@code u}, {@code e} and {@code z} blocks, the 22-field status line,
 * {@code P:0:<position>}, {@code f}). The stepper moves at the configured speed with acceleration and can be
 * stopped mid-move; the sensor reports a night that cools; compensation is pending as the temperature changes
 * and is applied on {@code S:N} or, in automatic mode, by itself. Settings persist for the life of the object
 * (the EEPROM). Malformed requests are answered with the letter and {@code error}, as the firmware does.
 */
public final class VirtualFocuserOne extends VirtualFirmware {

    /** v2's integrated ramp, steps/s² (the v2 block has no acceleration field). */
    private static final double V2_ACCELERATION = 2000;
    // field numbers this model needs (protocol notes; v1 as the first generation's mini)
    private static final int V2_SPEED = 3, V2_MAX = 5, V2_COEFFICIENT = 8, V2_THRESHOLD = 10, V2_AUTO = 11;
    private static final int V1_MAX = 1, V1_SPEED = 2, V1_ACCELERATION = 5;
    private static final int E_COEFFICIENT = 2, E_AUTO = 4, E_THRESHOLD = 5;

    private final boolean v2;
    private final DeviceClock clock;
    private final StepperModel stepper = new StepperModel();
    private final CompensationModel compensation = new CompensationModel();
    /** The settings blocks, index = field number (0 unused). */
    private final int[] u;
    private final int[] e = { 0, 30, 0, 0, 0, 10 };
    private final int[] z = { 0, 400, 3 };
    private boolean buzzer = true;
    private boolean manual = true;
    private boolean sensor1 = true;
    private boolean sensor2;
    private double ambientOverride = Double.NaN;
    private String identity = FocuserOne.IDENTITY;

    private VirtualFocuserOne(boolean v2, LongSupplier nanoClock) {
        this.v2 = v2;
        this.clock = new DeviceClock(nanoClock);
        // v2: the notes' suggested block; v1: the first mini's layout with the FocuserOne's travel and speed
        u = v2 ? new int[] { 0, 400, 3, 250, 0, 50000, 0, 500, 0, 30, 10, 0, 255, 20, 30, 1, 0, 0, 0, 0 }
                : new int[] { 0, 50000, 250, 0, 100, 500, 0, 0, 0, 500, 0, 0, 1, 0, 0, 0, 0, 0 };
        stepper.sync(25000);
    }

    /** A FocuserOne with the current (v2) firmware. */
    public static VirtualFocuserOne v2(LongSupplier nanoClock) {
        return new VirtualFocuserOne(true, nanoClock);
    }

    /** A FocuserOne with the first (v1) firmware. */
    public static VirtualFocuserOne v1(LongSupplier nanoClock) {
        return new VirtualFocuserOne(false, nanoClock);
    }

    @Override
    public String familyId() {
        return v2 ? FocuserOne.FAMILY_ID : FocuserOne.FAMILY_ID_V1;
    }

    @Override
    public int baudRate() {
        return FocuserOne.BAUD_RATE;
    }

    @Override
    public String description() {
        return "simulated " + (v2 ? FocuserOne.MODEL : FocuserOne.MODEL_V1);
    }

    /** Test hook: what the device answers to {@code #} after {@code #:} (a foreign or damaged identity). */
    public synchronized void setIdentity(String answer) {
        identity = answer;
    }

    /** Plugs or unplugs the sensors (sensor 2 reports a temperature only). */
    public synchronized void setSensors(boolean first, boolean second) {
        advance();
        sensor1 = first;
        sensor2 = second;
    }

    /** Test script: holds the temperature at {@code celsius} (NaN returns to the night's drift). */
    public synchronized void setAmbientTemperature(double celsius) {
        advance();
        ambientOverride = celsius;
    }

    /** The stepper position (for tests). */
    public synchronized int position() {
        advance();
        return stepper.position();
    }

    /** Whether the stepper is moving (for tests). */
    public synchronized boolean moving() {
        advance();
        return stepper.moving();
    }

    /** The {@code u} block as the device holds it (for tests). */
    public synchronized int[] block() {
        return Arrays.copyOfRange(u, 1, u.length);
    }

    /** The v1 {@code e} block (for tests). */
    public synchronized int[] compensationBlock() {
        return Arrays.copyOfRange(e, 1, e.length);
    }

    /** The v1 {@code z} block (for tests). */
    public synchronized int[] motorBlock() {
        return Arrays.copyOfRange(z, 1, z.length);
    }

    /** Whether the buzzer is enabled (for tests). */
    public synchronized boolean buzzer() {
        return buzzer;
    }

    /** Whether the buttons work (for tests). */
    public synchronized boolean manualControl() {
        return manual;
    }

    /** A power cycle: a running move stops where it is; settings and position stay (EEPROM). */
    @Override
    public synchronized boolean powerCycle() {
        advance();
        stepper.sync(stepper.position());
        compensation.forget();
        return true;
    }

    @Override
    protected String answer(char letter, String[] t) {
        return switch (letter) {
            case '#' -> "#:" + identity;
            case 'q' -> v2 ? statusV2() : statusV1();
            case 'u' -> read('u', u);
            case 'U' -> writeU(t);
            case 'e' -> v2 ? letter + ": error" : read('e', e);
            case 'E' -> v2 ? letter + ": error" : write('E', e, t);
            case 'z' -> v2 ? letter + ": error" : read('z', z);
            case 'Z' -> v2 ? letter + ": error" : write('Z', z, t);
            case 'j' -> "j:" + (buzzer ? 1 : 0);
            case 'J' -> {
                buzzer = flag(t[1]);
                yield "J:";
            }
            // the v2 firmware's answer to f is unknown (its driver stopped asking): this model no longer has it
            case 'f' -> v2 ? letter + ": error" : "f:" + (manual ? 1 : 0);
            case 'F' -> {
                manual = flag(t[1]);
                yield "F:";
            }
            case 'R' -> move(t);
            case 'P' -> sync(t);
            case 'H' -> {
                stepper.stop(acceleration(), 0, max());
                yield "H:";
            }
            case 'S' -> {
                compensation.applyIfAtLeast(stepper, pending(), Integer.parseInt(t[1].strip()), max(), temperature());
                yield "S:";
            }
            default -> letter + ": error";
        };
    }

    private static boolean flag(String value) {
        int v = Integer.parseInt(value.strip());
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("flag " + v);
        }
        return v == 1;
    }

    private int max() {
        return u[v2 ? V2_MAX : V1_MAX];
    }

    private int speed() {
        return u[v2 ? V2_SPEED : V1_SPEED];
    }

    private double acceleration() {
        return v2 ? V2_ACCELERATION : u[V1_ACCELERATION];
    }

    private int coefficient() {
        return v2 ? u[V2_COEFFICIENT] : e[E_COEFFICIENT];
    }

    private int threshold() {
        return v2 ? u[V2_THRESHOLD] : e[E_THRESHOLD];
    }

    private boolean automatic() {
        return (v2 ? u[V2_AUTO] : e[E_AUTO]) == 1;
    }

    @Override
    protected void advance() {
        double dt = clock.tick();
        if (dt <= 0) {
            return;
        }
        stepper.advance(dt, speed(), acceleration());
        if (automatic() && sensor1 && !stepper.moving()) {
            compensation.applyIfAtLeast(stepper, pending(), threshold(), max(), temperature());
        }
    }

    private double temperature() {
        double hours = clock.hours();
        return Double.isNaN(ambientOverride) ? 11.0 - 0.7 * hours + 0.1 * Math.sin(hours * 13) : ambientOverride;
    }

    private double humidity() {
        double hours = clock.hours();
        return Math.min(97, 64 + 3 * hours + Math.sin(hours * 7));
    }

    /** Pending compensation: a positive coefficient moves inward as the temperature falls; none without sensor 1. */
    private int pending() {
        return sensor1 ? compensation.pending(temperature(), coefficient()) : 0;
    }

    private String statusV2() {
        double temp = temperature();
        double rh = humidity();
        return String.format(Locale.ROOT, "q:%d:%d:%d:%.2f:%.1f:%.2f:%d:%.2f:%d", stepper.position(), stepper.stepsToGo(), sensor1 ? 1 : 0,
                sensor1 ? temp : 0.0, sensor1 ? rh : 0.0, sensor1 ? DewPoint.of(temp, rh) : 0.0, sensor2 ? 1 : 0, sensor2 ? temp - 1.5 : 0.0,
                pending());
    }

    /**
     * The first generation's 22 fields: only the focuser, sensors and compensation are the FocuserOne's; the
     * hub's fields (PWM, outputs, voltages, energy, DC motor, protection) are sent as 0 (inferred).
     */
    private String statusV1() {
        double temp = temperature();
        double rh = humidity();
        double current = stepper.moving() ? z[1] / 1000.0 : 0.0;
        return String.format(Locale.ROOT, "q:%d:%d:%.2f:%d:%.2f:%.1f:%.2f:%d:%.2f:0:0:0:0:0:0.0:0.0:0.00:0.00:0:%d:0:0.0", stepper.position(),
                stepper.stepsToGo(), current, sensor1 ? 1 : 0, sensor1 ? temp : 0.0, sensor1 ? rh : 0.0, sensor1 ? DewPoint.of(temp, rh) : 0.0,
                sensor2 ? 1 : 0, sensor2 ? temp - 1.5 : 0.0, pending());
    }

    private static String read(char letter, int[] block) {
        StringBuilder sb = new StringBuilder().append(letter);
        for (int i = 1; i < block.length; i++) {
            sb.append(':').append(block[i]);
        }
        return sb.toString();
    }

    /** Takes a whole block, with or without the trailing ':' the drivers append; a short one changes nothing. */
    private static String write(char letter, int[] block, String[] t) {
        if (t.length - 1 < block.length - 1) {
            return letter + ": error";
        }
        int[] parsed = Arrays.copyOf(block, block.length);
        for (int i = 1; i < block.length; i++) {
            parsed[i] = (int) Math.round(Double.parseDouble(t[i].strip()));
        }
        System.arraycopy(parsed, 1, block, 1, block.length - 1);
        return letter + ":";
    }

    private String writeU(String[] t) {
        int[] before = u.clone();
        String reply = write('U', u, t);
        if (speed() <= 0 || max() <= 0) {
            // the firmware would not run the motor with these; keep the old settings
            System.arraycopy(before, 0, u, 0, u.length);
            return "U: error";
        }
        if (stepper.position() > max()) {
            stepper.sync(max());
        }
        return reply;
    }

    private String move(String[] t) {
        // beyond the limits the device refuses the move but acknowledges, as the makers' firmwares do
        if (stepper.moveWithin(Integer.parseInt(t[2].strip()), max())) {
            compensation.reference(temperature());
        }
        return "R:";
    }

    /** v2 takes {@code P:<position>}; v1 {@code P:0:<position>}. */
    private String sync(String[] t) {
        int position = Integer.parseInt(t[v2 ? 1 : 2].strip());
        if (!v2 && Integer.parseInt(t[1].strip()) != 0) {
            return "P: error";
        }
        stepper.syncWithin(position, max());
        return "P:";
    }
}
