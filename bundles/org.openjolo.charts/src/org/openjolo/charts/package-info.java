/**
 * Charts and CSV logging without SWT: the {@link org.openjolo.charts.ChartRecorder} service records every
 * connected device's telemetry from the moment it connects, averages the 2 Hz samples into chart points
 * ({@link org.openjolo.charts.ChartSettings}: sampling rate, collection period), keeps them in a fixed-size
 * store per device ({@link org.openjolo.charts.ChartData}) and writes them to one CSV file per night and device.
 */
package org.openjolo.charts;
