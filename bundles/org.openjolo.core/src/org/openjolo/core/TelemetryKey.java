package org.openjolo.core;

import java.util.Objects;

/**
 * A typed name for one telemetry value. Two keys name the same value when their id and type match: the unit
 * and label are for people, so a device may relabel a standard key ({@link #withLabel}: "Focuser 1 position"
 * for {@code focuser.position} on a device with two focusers) and every consumer still finds the value.
 *
 * @param <T>   the value type
 * @param id    stable identifier (used in CSV headers and Alpaca), e.g. {@code focuser.position}
 * @param type  the value class
 * @param unit  unit symbol for display, "" when dimensionless
 * @param label short human label
 */
public record TelemetryKey<T>(String id, Class<T> type, String unit, String label) {

    /** Validates the parts. */
    public TelemetryKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
    }

    /** The same value under another label for people. */
    public TelemetryKey<T> withLabel(String newLabel) {
        return new TelemetryKey<>(id, type, unit, newLabel);
    }

    /** Same id and type: the same value, whatever the label and unit say. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TelemetryKey<?> k && id.equals(k.id) && type.equals(k.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type);
    }
}
