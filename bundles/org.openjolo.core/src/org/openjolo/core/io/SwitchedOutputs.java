package org.openjolo.core.io;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import org.openjolo.core.DeviceException;
import org.openjolo.core.capability.PowerSwitches;

/**
 * Base class for {@link PowerSwitches} switched by one acknowledged request per output ({@code C:1:1} on the
 * astrojolo controllers): the output number is checked before anything is queued. The family reads the states
 * from its status, and stores the power-up states its own way.
 */
public abstract class SwitchedOutputs implements PowerSwitches {

    /** The device's link. */
    protected final DeviceConnection link;
    private final int count;
    private final BiFunction<Integer, Boolean, String> request;

    /**
     * @param link    the device's connection
     * @param count   how many outputs there are
     * @param request the request that switches output {@code index} (0-based) on or off; its reply echoes its first letter
     */
    protected SwitchedOutputs(DeviceConnection link, int count, BiFunction<Integer, Boolean, String> request) {
        this.link = link;
        this.count = count;
        this.request = request;
    }

    @Override
    public final int count() {
        return count;
    }

    /** Whether {@code index} is one of the outputs (for the getters, which answer false for others). */
    protected final boolean exists(int index) {
        return index >= 0 && index < count;
    }

    /** Stores the power-up state of output {@code index} in the device (on the I/O worker). */
    protected abstract void writePowerOnState(LineExchange io, int index, boolean on) throws IOException;

    @Override
    public CompletableFuture<Void> set(int index, boolean on) {
        return Commands.checked(() -> checkIndex(index), () -> link.submitThenPoll("switch output " + (index + 1) + (on ? " on" : " off"), io -> {
            String line = request.apply(index, on);
            return Fields.ack(line.charAt(0), io.exchange(line));
        }));
    }

    @Override
    public CompletableFuture<Void> setPowerOnState(int index, boolean on) {
        return Commands.checked(() -> checkIndex(index), () -> link.submit("set the power-up state of output " + (index + 1), io -> {
            writePowerOnState(io, index, on);
            return null;
        }));
    }

    private void checkIndex(int index) throws DeviceException {
        DeviceException.checkRange("Output number", index + 1L, 1, count);
    }
}
