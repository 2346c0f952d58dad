package org.openjolo.core.spi;

import java.util.function.LongSupplier;

/**
 * For virtual devices: the time a firmware model lives in, from an injected nanosecond clock
 * ({@code System::nanoTime}, or a test's own), so tests can drive a night in milliseconds. A model calls
 * {@link #tick()} at the start of each request and advances its physics by what it returns. Not thread-safe:
 * the virtual device that owns it synchronizes.
 */
public final class DeviceClock {

    private final LongSupplier nanos;
    private final long boot;
    private long last;

    /** @param nanos the time source, nanoseconds */
    public DeviceClock(LongSupplier nanos) {
        this.nanos = nanos;
        this.boot = nanos.getAsLong();
        this.last = boot;
    }

    /** Seconds since the previous tick (0 when the clock did not move forward). */
    public double tick() {
        long now = nanos.getAsLong();
        double dt = (now - last) / 1e9;
        last = now;
        return Math.max(0, dt);
    }

    /** The time of the last tick, nanoseconds of the injected clock. */
    public long now() {
        return last;
    }

    /** Hours from power-on to the last tick (drives the night's temperature drift). */
    public double hours() {
        return (last - boot) / 3.6e12;
    }
}
