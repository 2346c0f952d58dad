package org.openjolo.charts.internal;

import java.util.Map;

import org.openjolo.core.TelemetryKey;

/**
 * One chart point: the mean of every series over one sampling interval.
 *
 * @param time   the interval's start, epoch milliseconds
 * @param values mean per series, in the order the series first came; absent when no sample had it
 */
record Point(long time, Map<TelemetryKey<?>, Double> values) {
}
