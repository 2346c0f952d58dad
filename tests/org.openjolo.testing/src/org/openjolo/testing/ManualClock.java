package org.openjolo.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A nanosecond clock that only moves when the test says so. */
public final class ManualClock implements LongSupplier {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    /** Moves time forward. */
    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }
}
