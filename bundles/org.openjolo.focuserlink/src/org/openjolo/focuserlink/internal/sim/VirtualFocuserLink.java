package org.openjolo.focuserlink.internal.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.openjolo.core.spi.CompensationModel;
import org.openjolo.core.spi.DeviceClock;
import org.openjolo.core.spi.DewPoint;
import org.openjolo.core.spi.StepperModel;
import org.openjolo.core.spi.VirtualFirmware;
import org.openjolo.focuserlink.FocuserLink;

/**
 * A model of the FocuserLink firmware answering the protocol of {@code docs/protocol/focuserlink.md} byte for
 * byte: the geared stepper moves at the configured speed and can be stopped mid-move, the optional sensor
 * reports a night that cools, compensation is pending as the temperature changes and is applied on
 * {@code S:N} or, in automatic mode, by itself. Settings persist for the life of the object (the EEPROM).
 */
public final class VirtualFocuserLink extends VirtualFirmware {

    private static final String IDENTITY = "FocuserLink";
    /** The integrated controller's ramp, steps/s² (not a setting of this device). */
    private static final double ACCELERATION = 2000;

    private final DeviceClock clock;
    private final StepperModel stepper = new StepperModel();
    /** u block, index = field number (0 unused); the notes' suggested block. */
    private final int[] u = { 0, 400, 3, 100, 0, 60000, 0, 50, 0, 30, 20, 0 };
    private boolean manualButtons = true;
    private boolean sensor = true;
    private double ambientOverride = Double.NaN;
    private final CompensationModel compensation = new CompensationModel();

    /** @param nanoClock time source in nanoseconds ({@code System::nanoTime}, or a test's own clock) */
    public VirtualFocuserLink(LongSupplier nanoClock) {
        this.clock = new DeviceClock(nanoClock);
        stepper.sync(30000);
    }

    @Override
    public String familyId() {
        return FocuserLink.FAMILY_ID;
    }

    @Override
    public int baudRate() {
        return FocuserLink.BAUD_RATE;
    }

    @Override
    public String description() {
        return "simulated " + FocuserLink.MODEL;
    }

    /** Plugs or unplugs the temperature/humidity sensor. */
    public synchronized void setSensor(boolean present) {
        advance();
        sensor = present;
    }

    /** Test script: holds the temperature at {@code celsius} (NaN returns to the night's drift). */
    public synchronized void setAmbientTemperature(double celsius) {
        advance();
        ambientOverride = celsius;
    }

    /** Test hook: the motor speed, steps/s (the {@code u} field 3 the workbench does not write). */
    public synchronized void setSpeed(int stepsPerSecond) {
        advance();
        u[3] = stepsPerSecond;
    }

    /** The stepper position (for tests). */
    public synchronized int position() {
        advance();
        return stepper.position();
    }

    /** The {@code u} block as the device holds it (for tests). */
    public synchronized int[] block() {
        return Arrays.copyOfRange(u, 1, u.length);
    }

    /** Whether the buttons are enabled (for tests). */
    public synchronized boolean manualButtons() {
        return manualButtons;
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
            case '#' -> "#:" + IDENTITY;
            case 'q' -> status();
            case 'u' -> blockReply();
            case 'U' -> writeSettings(t);
            case 'f' -> "f:" + (manualButtons ? 1 : 0);
            case 'F' -> {
                manualButtons = Integer.parseInt(t[1].strip()) != 0;
                yield "F:";
            }
            case 'R' -> move(Integer.parseInt(t[2].strip()));
            case 'P' -> sync(Integer.parseInt(t[1].strip()));
            case 'H' -> {
                stepper.stop(ACCELERATION, 0, u[5]);
                yield "H:";
            }
            case 'S' -> compensate(Integer.parseInt(t[1].strip()));
            default -> letter + ": error";
        };
    }

    @Override
    protected void advance() {
        double dt = clock.tick();
        if (dt <= 0) {
            return;
        }
        stepper.advance(dt, u[3], ACCELERATION);
        if (u[11] == 1 && sensor && !stepper.moving()) {
            compensation.applyIfAtLeast(stepper, pending(), u[10], u[5], temperature());
        }
    }

    private double hours() {
        return clock.hours();
    }

    private double temperature() {
        return Double.isNaN(ambientOverride) ? 9.0 - 0.6 * hours() + 0.1 * Math.sin(hours() * 17) : ambientOverride;
    }

    private double humidity() {
        return Math.min(98, 70 + 2.5 * hours() + Math.sin(hours() * 5));
    }

    /** Pending compensation: a positive coefficient moves inward as the temperature falls; none without the sensor. */
    private int pending() {
        return sensor ? compensation.pending(temperature(), u[8]) : 0;
    }

    private String status() {
        double temp = temperature();
        double rh = humidity();
        return String.format(Locale.ROOT, "q:%d:%d:%d:%.2f:%.1f:%.2f:%d", stepper.position(), stepper.stepsToGo(), sensor ? 1 : 0,
                sensor ? temp : 0.0, sensor ? rh : 0.0, sensor ? DewPoint.of(temp, rh) : 0.0, pending());
    }

    private String blockReply() {
        StringBuilder sb = new StringBuilder("u");
        for (int i = 1; i < u.length; i++) {
            sb.append(':').append(u[i]);
        }
        return sb.toString();
    }

    /** Accepts the block with or without the trailing ':' the drivers append. */
    private String writeSettings(String[] t) {
        if (t.length - 1 < u.length - 1) {
            return "U: error";
        }
        int[] parsed = Arrays.copyOf(u, u.length);
        for (int i = 1; i < u.length; i++) {
            parsed[i] = (int) Math.round(Double.parseDouble(t[i].strip()));
        }
        if (parsed[3] <= 0 || parsed[5] <= 0) {
            // the firmware would not run the motor with these; keep the old settings
            return "U: error";
        }
        System.arraycopy(parsed, 1, u, 1, u.length - 1);
        if (stepper.position() > u[5]) {
            stepper.sync(u[5]);
        }
        return "U:";
    }

    private String move(int target) {
        // beyond the limits the device refuses the move ("the next move position exceeds limits") but acknowledges
        if (stepper.moveWithin(target, u[5])) {
            compensation.reference(temperature());
        }
        return "R:";
    }

    private String sync(int position) {
        stepper.syncWithin(position, u[5]);
        return "P:";
    }

    private String compensate(int threshold) {
        compensation.applyIfAtLeast(stepper, pending(), threshold, u[5], temperature());
        return "S:";
    }
}
