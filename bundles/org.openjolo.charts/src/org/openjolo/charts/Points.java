package org.openjolo.charts;

/**
 * Chart points of one series, oldest first, ready for a chart widget: x in epoch milliseconds, y in the
 * series' unit ({@code NaN} where the device did not report the value). On/off series are 0…1: the share of
 * the samples in which the output was on.
 *
 * @param x epoch milliseconds
 * @param y values
 */
public record Points(double[] x, double[] y) {

    /** No points. */
    public static final Points EMPTY = new Points(new double[0], new double[0]);

    /** Checks that x and y match. */
    public Points {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
    }

    /** How many points. */
    public int size() {
        return x.length;
    }
}
