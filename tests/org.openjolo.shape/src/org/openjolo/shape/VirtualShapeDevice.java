package org.openjolo.shape;

import java.util.Locale;
import java.util.function.LongSupplier;

import org.openjolo.core.spi.DeviceClock;
import org.openjolo.core.spi.StepperModel;
import org.openjolo.core.spi.VirtualDevice;

/** The shape test controller as a model: two steppers, four duties, a weather station, a roof. */
public final class VirtualShapeDevice implements VirtualDevice {

    private static final double ACCELERATION = 4000;
    private final DeviceClock clock;
    private final StepperModel[] motors = { new StepperModel(), new StepperModel() };
    private final int[] max = { 30_000, 20_000 };
    private final int[] speed = { 800, 400 };
    private final int[] duty = new int[4];
    /** The weather station's temperature a test set; null while it drifts over the night. */
    private Double temperature;

    /** @param nanoClock time source, nanoseconds */
    public VirtualShapeDevice(LongSupplier nanoClock) {
        clock = new DeviceClock(nanoClock);
        motors[0].sync(10_000);
        motors[1].sync(5_000);
    }

    @Override
    public String familyId() {
        return Shape.FAMILY_ID;
    }

    @Override
    public int baudRate() {
        return Shape.BAUD_RATE;
    }

    @Override
    public String description() {
        return "simulated " + Shape.MODEL;
    }

    /** Focuser {@code f}'s position (for tests). */
    public synchronized int position(int f) {
        advance();
        return motors[f].position();
    }

    /** Holds the weather station's temperature at {@code celsius} (for tests that need a known change). */
    public synchronized void setTemperature(double celsius) {
        temperature = celsius;
    }

    private void advance() {
        double dt = clock.tick();
        for (int i = 0; i < 2; i++) {
            motors[i].advance(dt, speed[i], ACCELERATION);
        }
    }

    @Override
    public synchronized String handle(String request) {
        advance();
        String[] t = request.strip().split(":");
        try {
            return switch (t[0]) {
                case "#" -> "#:" + Shape.IDENTITY;
                case "q" -> status();
                case "s" -> "s:" + max[focuser(t[1])] + ":" + speed[focuser(t[1])];
                case "S" -> {
                    int f = focuser(t[1]);
                    max[f] = Integer.parseInt(t[2]);
                    speed[f] = Integer.parseInt(t[3]);
                    yield "S:";
                }
                case "R" -> {
                    int f = focuser(t[1]);
                    motors[f].moveWithin(Integer.parseInt(t[2]), max[f]);
                    yield "R:";
                }
                case "P" -> {
                    int f = focuser(t[1]);
                    motors[f].syncWithin(Integer.parseInt(t[2]), max[f]);
                    yield "P:";
                }
                case "H" -> {
                    int f = focuser(t[1]);
                    motors[f].stop(ACCELERATION, 0, max[f]);
                    yield "H:";
                }
                case "B" -> {
                    int i = Integer.parseInt(t[1]);
                    int d = Integer.parseInt(t[2]);
                    if (d < 0 || d > 100) {
                        yield "B:error";
                    }
                    duty[i] = d;
                    yield "B:";
                }
                default -> t[0] + ":error";
            };
        } catch (RuntimeException e) {
            return "X:error";
        }
    }

    private static int focuser(String s) {
        int f = Integer.parseInt(s);
        if (f < 0 || f > 1) {
            throw new IllegalArgumentException("no focuser " + f);
        }
        return f;
    }

    private String status() {
        double hours = clock.hours();
        return String.format(Locale.ROOT, "q:%d:%d:%d:%d:%d:%d:%d:%d:%.1f:%.1f:%s", motors[0].position(), motors[0].stepsToGo(), motors[1].position(),
                motors[1].stepsToGo(), duty[0], duty[1], duty[2], duty[3], temperature != null ? temperature : 12.0 - hours, 1013.2 - hours, "open");
    }
}
