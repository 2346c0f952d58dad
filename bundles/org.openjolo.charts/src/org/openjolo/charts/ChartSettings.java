package org.openjolo.charts;

import java.time.Duration;
import java.util.List;

/**
 * How charts collect: the chart point's averaging interval, how far back the chart store reaches, and whether
 * points also go to CSV files.
 *
 * @param sampling      the averaging interval of one chart point (one of {@link #SAMPLINGS})
 * @param period        how much the chart store keeps (one of {@link #PERIODS}); older points are dropped
 * @param collectToFile whether points are appended to the night's CSV file of each device
 */
public record ChartSettings(Duration sampling, Duration period, boolean collectToFile) {

    /** The sampling rates offered, as the maker's panel has them. */
    public static final List<Duration> SAMPLINGS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60));

    /** The collection periods offered. */
    public static final List<Duration> PERIODS = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
            Duration.ofHours(8), Duration.ofHours(12), Duration.ofHours(24));

    /** 5 s points (the manual's recommendation), a 12 h night, CSV on. */
    public static final ChartSettings DEFAULTS = new ChartSettings(Duration.ofSeconds(5), Duration.ofHours(12), true);

    /** Checks the values against the offered ones. */
    public ChartSettings {
        if (!SAMPLINGS.contains(sampling)) {
            throw new IllegalArgumentException("The sampling rate must be one of 1, 5, 10, 30 or 60 s, not " + sampling.toSeconds() + " s");
        }
        if (!PERIODS.contains(period)) {
            throw new IllegalArgumentException("The collection period must be one of 1, 2, 4, 8, 12 or 24 h, not " + period);
        }
    }

    /** How many chart points the store keeps per series. */
    public int capacity() {
        return (int) (period.toMillis() / sampling.toMillis());
    }

    /** The same with another sampling rate. */
    public ChartSettings withSampling(Duration s) {
        return new ChartSettings(s, period, collectToFile);
    }

    /** The same with another period. */
    public ChartSettings withPeriod(Duration p) {
        return new ChartSettings(sampling, p, collectToFile);
    }

    /** The same with CSV collection on or off. */
    public ChartSettings withCollectToFile(boolean on) {
        return new ChartSettings(sampling, period, on);
    }
}
