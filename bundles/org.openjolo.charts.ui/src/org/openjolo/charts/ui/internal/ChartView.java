package org.openjolo.charts.ui.internal;

import java.util.List;

import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;

/** The manual's five chart views: which series each combines, and on which axis (0 left, 1 and 2 right). */
enum ChartView {

    TEMPERATURE_FOCUSER("Temperature and focuser position",
            s(StandardTelemetry.TEMPERATURE_1, 0), s(StandardTelemetry.TEMPERATURE_2, 0), s(StandardTelemetry.FOCUSER_POSITION, 1)),
    ENVIRONMENT("Environment",
            s(StandardTelemetry.TEMPERATURE_1, 0), s(StandardTelemetry.DEW_POINT_1, 0), s(StandardTelemetry.TEMPERATURE_2, 0),
            s(StandardTelemetry.DEW_POINT_2, 0), s(StandardTelemetry.HUMIDITY_1, 1), s(StandardTelemetry.HUMIDITY_2, 1)),
    POWER("Power",
            s(StandardTelemetry.INPUT_VOLTAGE, 0), s(StandardTelemetry.TOTAL_CURRENT, 1), s(StandardTelemetry.ENERGY_AH, 2)),
    OUTPUTS("Outputs",
            s(StandardTelemetry.pwm(0), 0), s(StandardTelemetry.pwm(1), 0), s(StandardTelemetry.pwm(2), 0),
            s(StandardTelemetry.output(0), 1), s(StandardTelemetry.output(1), 1), s(StandardTelemetry.output(2), 1), s(StandardTelemetry.output(3), 1)),
    SKY("Sky",
            s(StandardTelemetry.SKY_TEMPERATURE, 0), s(StandardTelemetry.SKY_AMBIENT_DIFFERENCE, 0), s(StandardTelemetry.SKY_QUALITY, 1));

    /** A series of a view and its axis. */
    record Line(TelemetryKey<?> key, int axis) {
    }

    final String label;
    final List<Line> lines;

    ChartView(String label, Line... lines) {
        this.label = label;
        this.lines = List.of(lines);
    }

    private static Line s(TelemetryKey<?> key, int axis) {
        return new Line(key, axis);
    }
}
