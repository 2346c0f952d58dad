package org.openjolo.charts;

import java.util.List;

import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.DeviceDescription;

/**
 * One device's chart store: a fixed number of points per series (the settings' {@link ChartSettings#capacity()}),
 * the oldest dropped first. Safe to read from any thread while the device's worker adds points.
 */
public interface ChartData {

    /** Whose data it is. */
    DeviceIdentity device();

    /**
     * What the device said it has when its recording started, so charts can be laid out from its channels
     * even when it is no longer connected; {@link DeviceDescription#EMPTY} when unknown.
     */
    default DeviceDescription description() {
        return DeviceDescription.EMPTY;
    }

    /** The numeric and on/off series the device has reported so far, in the order they first came. */
    List<TelemetryKey<?>> series();

    /** How many points the store holds now. */
    int size();

    /** The time of the oldest and newest point in epoch milliseconds, or empty when there are none. */
    java.util.Optional<long[]> span();

    /** The points of {@code key} from {@code fromMillis} to {@code toMillis} (both included). */
    Points points(TelemetryKey<?> key, long fromMillis, long toMillis);

    /**
     * The same reduced to at most {@code 2 × columns} points for drawing: per pixel column the lowest and the
     * highest value, in time order, so spikes stay visible however far the chart is zoomed out.
     */
    Points decimated(TelemetryKey<?> key, long fromMillis, long toMillis, int columns);
}
