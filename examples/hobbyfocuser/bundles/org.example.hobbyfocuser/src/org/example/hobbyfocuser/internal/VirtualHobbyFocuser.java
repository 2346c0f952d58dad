package org.example.hobbyfocuser.internal;

import java.util.function.LongSupplier;

import org.example.hobbyfocuser.HobbyFocuser;
import org.openjolo.core.spi.DeviceClock;
import org.openjolo.core.spi.StepperModel;
import org.openjolo.core.spi.VirtualDevice;

/** The sketch as a model: 800 steps/s with a 4000 steps/s² ramp, travel 0..20000, position kept in "EEPROM". */
public final class VirtualHobbyFocuser implements VirtualDevice {

    static final int MAX = 20000;

    private final DeviceClock clock;
    private final StepperModel motor = new StepperModel();

    /** @param nanoClock time source, nanoseconds */
    public VirtualHobbyFocuser(LongSupplier nanoClock) {
        clock = new DeviceClock(nanoClock);
        motor.sync(5000);
    }

    @Override
    public String familyId() {
        return HobbyFocuser.FAMILY_ID;
    }

    @Override
    public int baudRate() {
        return HobbyFocuser.BAUD_RATE;
    }

    @Override
    public String description() {
        return "simulated " + HobbyFocuser.MODEL;
    }

    /** The position (for tests). */
    public synchronized int position() {
        motor.advance(clock.tick(), 800, 4000);
        return motor.position();
    }

    @Override
    public synchronized String handle(String request) {
        motor.advance(clock.tick(), 800, 4000);
        String[] t = request.strip().split(" ");
        try {
            return switch (t[0]) {
                case "?" -> "HOBBY 1.0";
                case "S" -> "S " + motor.position() + " " + (motor.moving() ? 1 : 0) + " " + MAX;
                case "G" -> within(Integer.parseInt(t[1]), n -> motor.moveTo(n));
                case "Z" -> within(Integer.parseInt(t[1]), n -> motor.sync(n));
                case "H" -> {
                    motor.stop(4000, 0, MAX);
                    yield "OK";
                }
                default -> "ERR";
            };
        } catch (RuntimeException e) {
            return "ERR";
        }
    }

    private static String within(int n, java.util.function.IntConsumer action) {
        if (n < 0 || n > MAX) {
            return "ERR";
        }
        action.accept(n);
        return "OK";
    }
}
