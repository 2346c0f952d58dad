package org.openjolo.compensation;

import java.util.List;

/**
 * The result of {@link CompensationCalculator#fit}: position = coefficient × temperature + intercept.
 *
 * @param coefficient steps per °C; positive when a falling temperature needs a smaller position (the manuals'
 *                    sign); NaN when no line can be fitted
 * @param intercept   steps at 0 °C
 * @param rSquared    fit quality, 0 to 1 (1: every point on the line)
 * @param points      the points inside the chosen temperature range, in the order given
 * @param residuals   position minus the line, steps, one per point
 * @param suspects    indexes into {@code points} of points that stand out from the line made by the others:
 *                    likely mistakes
 * @param warnings    what makes the coefficient doubtful, in sentences
 */
public record Fit(double coefficient, double intercept, double rSquared, List<CompensationPoint> points,
        List<Double> residuals, List<Integer> suspects, List<String> warnings) {

    /** Whether a line could be fitted. */
    public boolean valid() {
        return !Double.isNaN(coefficient);
    }

    /** The fitted position at a temperature. */
    public double positionAt(double temperature) {
        return coefficient * temperature + intercept;
    }
}
