package org.openjolo.astrojolo.gen2.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.openjolo.astrojolo.gen2.Gen2Model;
import org.openjolo.astrojolo.gen2.protocol.Status;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Services;

/**
 * A second-generation device connected through the real registry and I/O worker on an in-memory link to its
 * virtual device, with what went over the wire. Closing it empties the profile (every bench connects the same
 * in-memory address, so the next starts without backlash or labels) and disconnects.
 */
public final class Gen2Bench implements AutoCloseable {

    private final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    private final VirtualGen2Device virtual;
    private final InMemoryLink link;
    private final Device device;

    /**
     * Connects a virtual {@code model} running on {@code clock}.
     *
     * @param clock nanoseconds: {@code System::nanoTime} or a test's {@code ManualClock}
     */
    public Gen2Bench(Gen2Model model, LongSupplier clock) throws Exception {
        virtual = new VirtualGen2Device(clock, model);
        link = new InMemoryLink(virtual);
        device = registry.connect(model.familyId(), link).get(10, TimeUnit.SECONDS);
    }

    /** The connected device. */
    public Device device() {
        return device;
    }

    /** Its virtual device. */
    public VirtualGen2Device virtual() {
        return virtual;
    }

    /** Every request sent, polls included. */
    public List<String> wire() {
        return link.faults().received();
    }

    /** What was sent apart from the worker's polls, which run between commands. */
    public List<String> commands() {
        return wire().stream().filter(r -> !r.equals("q")).toList();
    }

    /** Forgets what was sent so far. */
    public void clearWire() {
        link.faults().clearReceived();
    }

    /** The focuser instance {@code id}. */
    public Focuser focuser(String id) {
        return device.capability(Focuser.class, id).orElseThrow(() -> new AssertionError("no focuser '" + id + "'"));
    }

    /** The message of the exception {@code f} fails with (it must fail within 5 s). */
    public static String refusal(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
        return e.getCause().getMessage();
    }

    /**
     * Checks that every device-wide field of status line {@code s} (power, both sensors, sky, PWM duties, outputs,
     * no protection trip) is in {@code t}, the telemetry of a poll that read it; the focusers and the regulated
     * output are the model's, checked by the caller.
     */
    public static void assertDeviceWideChannels(Status s, Telemetry t) {
        assertEquals(s.current(), t.get(StandardTelemetry.TOTAL_CURRENT).orElseThrow());
        assertEquals(s.inputVoltage(), t.get(StandardTelemetry.INPUT_VOLTAGE).orElseThrow());
        assertEquals(s.energyAh(), t.get(StandardTelemetry.ENERGY_AH).orElseThrow());
        assertEquals(s.energyWh(), t.get(StandardTelemetry.ENERGY_WH).orElseThrow());
        assertEquals(s.sensor1().temperature(), t.get(StandardTelemetry.TEMPERATURE_1).orElseThrow());
        assertEquals(s.sensor1().humidity(), t.get(StandardTelemetry.HUMIDITY_1).orElseThrow());
        assertEquals(s.sensor1().dewPoint(), t.get(StandardTelemetry.DEW_POINT_1).orElseThrow());
        assertEquals(s.sensor2().temperature(), t.get(StandardTelemetry.TEMPERATURE_2).orElseThrow());
        assertEquals(s.sensor2().humidity(), t.get(StandardTelemetry.HUMIDITY_2).orElseThrow());
        assertEquals(s.sensor2().dewPoint(), t.get(StandardTelemetry.DEW_POINT_2).orElseThrow());
        assertEquals(s.skyTemperature(), t.get(StandardTelemetry.SKY_TEMPERATURE).orElseThrow());
        assertEquals(s.skyAmbient() - s.skyTemperature(), t.get(StandardTelemetry.SKY_AMBIENT_DIFFERENCE).orElseThrow(), 1e-9);
        assertEquals(s.skyQuality(), t.get(StandardTelemetry.SKY_QUALITY).orElseThrow());
        for (int i = 0; i < s.pwm().length; i++) {
            assertEquals(s.pwm()[i], t.get(StandardTelemetry.pwm(i)).orElseThrow(), "PWM " + i);
        }
        for (int i = 0; i < s.outputs().length; i++) {
            assertEquals(s.outputs()[i], t.get(StandardTelemetry.output(i)).orElseThrow(), "output " + i);
        }
        assertTrue(t.get(StandardTelemetry.PROTECTION_TRIP).isEmpty());
    }

    @Override
    public void close() throws Exception {
        List.copyOf(device.profile().all().keySet()).forEach(k -> device.profile().put(k, null));
        registry.disconnect(device).get(10, TimeUnit.SECONDS);
    }
}
