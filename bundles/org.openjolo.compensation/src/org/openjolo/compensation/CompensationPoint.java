package org.openjolo.compensation;

/**
 * A focus found at a temperature.
 *
 * @param temperature °C
 * @param position    focuser position, steps
 */
public record CompensationPoint(double temperature, int position) {

    /** Rejects temperatures that are not finite numbers. */
    public CompensationPoint {
        if (!Double.isFinite(temperature)) {
            throw new IllegalArgumentException("A point's temperature must be a number, not " + temperature);
        }
    }
}
