package org.openjolo.core;

import java.util.Objects;

/**
 * A typed name for one telemetry value.
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
}
