package org.openjolo.compensation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjolo.compensation.CompensationCalculator;
import org.openjolo.compensation.CompensationPoint;
import org.openjolo.compensation.Fit;

/** Regression arithmetic against data sets computed by hand. */
class CalculatorTest {

    private static List<CompensationPoint> points(double[] t, int[] p) {
        List<CompensationPoint> out = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            out.add(new CompensationPoint(t[i], p[i]));
        }
        return out;
    }

    @Test
    void anExactLineGivesItsCoefficientAndAPerfectFit() {
        Fit f = CompensationCalculator.fit(points(new double[] { 5, 10, 15, 20 }, new int[] { 10175, 10350, 10525, 10700 }));
        assertEquals(35.0, f.coefficient(), 1e-9);
        assertEquals(10000.0, f.intercept(), 1e-9);
        assertEquals(1.0, f.rSquared(), 1e-12);
        assertTrue(f.suspects().isEmpty());
        assertTrue(f.warnings().isEmpty(), f.warnings().toString());
        assertEquals(10350.0, f.positionAt(10), 1e-9);
    }

    @Test
    void aNoisyLineMatchesTheHandComputedValues() {
        // mean T 10, mean P 10351, Sxy 8750, Sxx 250: slope 35, intercept 10001;
        // residuals -1, 4, -6, 4, -1: SSres 70; SStot 306320: R² = 1 - 70/306320
        Fit f = CompensationCalculator.fit(points(new double[] { 0, 5, 10, 15, 20 }, new int[] { 10000, 10180, 10345, 10530, 10700 }));
        assertEquals(35.0, f.coefficient(), 1e-9);
        assertEquals(10001.0, f.intercept(), 1e-9);
        assertEquals(1 - 70.0 / 306320.0, f.rSquared(), 1e-12);
        assertEquals(List.of(-1.0, 4.0, -6.0, 4.0, -1.0), f.residuals().stream().map(r -> Math.rint(r * 1e6) / 1e6).toList());
        assertTrue(f.suspects().isEmpty(), "noise is not a mistake: " + f.suspects());
    }

    @Test
    void aMistakenPointIsFlagged() {
        // 10000 + 35 T, except the point at 8 °C which was noted 150 steps off
        Fit f = CompensationCalculator.fit(points(new double[] { 0, 4, 8, 12, 16, 20 }, new int[] { 10000, 10140, 10430, 10420, 10560, 10700 }));
        assertEquals(List.of(2), f.suspects());
        assertTrue(f.warnings().contains("1 point stands out from the line of the others: check or delete it."), f.warnings().toString());
        List<CompensationPoint> corrected = new ArrayList<>(f.points());
        corrected.remove(2);
        assertEquals(35.0, CompensationCalculator.fit(corrected).coefficient(), 1e-9, "without it the line is exact again");
    }

    @Test
    void twoStraightPiecesAreFittedByRange() {
        // 40 steps/°C from 11 to 15 °C, 20 steps/°C from 15 to 20 °C (the manuals' example of two pieces)
        double[] t = { 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 };
        int[] p = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            p[i] = t[i] <= 15 ? (int) (10000 + 40 * (t[i] - 11)) : (int) (10160 + 20 * (t[i] - 15));
        }
        List<CompensationPoint> all = points(t, p);
        Fit low = CompensationCalculator.fit(all, 11, 15);
        Fit high = CompensationCalculator.fit(all, 15, 20);
        Fit whole = CompensationCalculator.fit(all);
        assertEquals(40.0, low.coefficient(), 1e-9);
        assertEquals(5, low.points().size());
        assertEquals(20.0, high.coefficient(), 1e-9);
        assertEquals(1.0, high.rSquared(), 1e-12);
        assertTrue(whole.coefficient() > 20 && whole.coefficient() < 40, "a compromise: " + whole.coefficient());
        assertTrue(whole.rSquared() < 0.99, "the whole range is not one line: R² " + whole.rSquared());
        assertTrue(low.warnings().contains("The points cover only 4.0 °C; 5 to 10 °C give a reliable coefficient."), low.warnings().toString());
    }

    @Test
    void tooFewOrTooCloseTogetherPointsAreWarnedAbout() {
        Fit two = CompensationCalculator.fit(points(new double[] { 10, 20 }, new int[] { 10000, 10350 }));
        assertEquals(35.0, two.coefficient(), 1e-9);
        assertTrue(two.warnings().contains("Fewer than 3 points: collect more before trusting the coefficient."), two.warnings().toString());
        Fit one = CompensationCalculator.fit(points(new double[] { 10 }, new int[] { 10000 }));
        assertFalse(one.valid());
        assertEquals(List.of("At least 2 points are needed for a fit."), one.warnings());
        Fit same = CompensationCalculator.fit(points(new double[] { 10, 10, 10 }, new int[] { 10000, 10010, 10020 }));
        assertFalse(same.valid());
        assertEquals(List.of("All points have the same temperature: the coefficient cannot be found."), same.warnings());
        Fit outside = CompensationCalculator.fit(points(new double[] { 10, 20 }, new int[] { 10000, 10350 }), 30, 40);
        assertEquals(List.of("At least 2 points are needed for a fit in the chosen temperature range."), outside.warnings());
    }
}
