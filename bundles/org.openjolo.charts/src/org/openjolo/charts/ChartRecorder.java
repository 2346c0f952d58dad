package org.openjolo.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openjolo.core.Device;

/**
 * Records the telemetry of every connected device from the moment it connects, for the charts and the CSV
 * logs. An OSGi service. Clearing and shortening the period affect the chart store only, never the files.
 */
public interface ChartRecorder {

    /** The current settings. */
    ChartSettings settings();

    /**
     * Applies and saves new settings. A shorter period drops the oldest points of the chart store at once.
     *
     * @throws IllegalStateException with the reason when they could not be saved (they apply nevertheless)
     */
    void setSettings(ChartSettings settings);

    /** The chart store of {@code device}, when it has been recorded. */
    Optional<ChartData> data(Device device);

    /** The chart stores of all devices recorded since the workbench started, in connection order. */
    List<ChartData> all();

    /** Clears every chart store; the CSV files stay as they are. */
    void clear();

    /** Where the CSV files go ({@code logs/} under the instance folder). */
    Path logFolder();

    /** The last problem writing a CSV file, in words for the operator, or empty when all is well. */
    Optional<String> fileProblem();

    /** Registers a listener told after every new chart point (on the device's worker thread: return quickly). */
    void addListener(Runnable listener);

    /** Removes a listener. */
    void removeListener(Runnable listener);
}
