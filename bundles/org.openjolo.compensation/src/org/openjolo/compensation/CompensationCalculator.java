package org.openjolo.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compensation calculator of the manuals: fits a straight line through (temperature, position) points by
 * least squares, says how good it is, and points out suspect points. A range restricts the fit to the points
 * between two temperatures (for a focus that is straight in pieces).
 */
public final class CompensationCalculator {

    /** A span below this many °C gives an unreliable coefficient (the manuals advise 5 to 10). */
    public static final double MIN_SPAN = 5.0;
    /** A point is suspect when it is further from the others' line than 3 of their deviations, and this many steps. */
    static final double SUSPECT_FLOOR_STEPS = 3.0;

    private CompensationCalculator() {
    }

    /** Fits all points. */
    public static Fit fit(List<CompensationPoint> points) {
        return fit(points, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Fits the points whose temperature lies in {@code [from, to]}. */
    public static Fit fit(List<CompensationPoint> all, double from, double to) {
        List<CompensationPoint> points = all.stream().filter(p -> p.temperature() >= from && p.temperature() <= to).toList();
        List<String> warnings = new ArrayList<>();
        if (points.size() < 2) {
            warnings.add("At least 2 points are needed for a fit" + (all.size() > points.size() ? " in the chosen temperature range" : "") + ".");
            return new Fit(Double.NaN, Double.NaN, Double.NaN, points, List.of(), List.of(), warnings);
        }
        double min = points.stream().mapToDouble(CompensationPoint::temperature).min().orElseThrow();
        double max = points.stream().mapToDouble(CompensationPoint::temperature).max().orElseThrow();
        if (max - min == 0) {
            warnings.add("All points have the same temperature: the coefficient cannot be found.");
            return new Fit(Double.NaN, Double.NaN, Double.NaN, points, List.of(), List.of(), warnings);
        }
        if (points.size() < 3) {
            warnings.add("Fewer than 3 points: collect more before trusting the coefficient.");
        }
        if (max - min < MIN_SPAN) {
            warnings.add(String.format(Locale.ROOT, "The points cover only %.1f °C; 5 to 10 °C give a reliable coefficient.", max - min));
        }
        double[] line = line(points, -1);
        double a = line[0];
        double b = line[1];
        double mean = points.stream().mapToDouble(CompensationPoint::position).average().orElseThrow();
        double ssRes = 0;
        double ssTot = 0;
        List<Double> residuals = new ArrayList<>();
        for (CompensationPoint p : points) {
            double r = p.position() - (a * p.temperature() + b);
            residuals.add(r);
            ssRes += r * r;
            ssTot += (p.position() - mean) * (p.position() - mean);
        }
        double r2 = ssTot == 0 ? (ssRes == 0 ? 1 : 0) : Math.max(0, 1 - ssRes / ssTot);
        List<Integer> suspects = suspects(points);
        if (!suspects.isEmpty()) {
            warnings.add(suspects.size() + (suspects.size() == 1 ? " point stands" : " points stand")
                    + " out from the line of the others: check or delete it.");
        }
        return new Fit(a, b, r2, points, residuals, suspects, warnings);
    }

    /**
     * Leave-one-out: a point is suspect when it lies further from the line fitted through the other points than
     * three times their own scatter (and at least a few steps, so an exact line does not flag rounding).
     */
    private static List<Integer> suspects(List<CompensationPoint> points) {
        List<Integer> out = new ArrayList<>();
        if (points.size() < 4) {
            return out;
        }
        for (int i = 0; i < points.size(); i++) {
            double[] line = line(points, i);
            if (Double.isNaN(line[0])) {
                continue;
            }
            double ss = 0;
            for (int j = 0; j < points.size(); j++) {
                if (j != i) {
                    double r = points.get(j).position() - (line[0] * points.get(j).temperature() + line[1]);
                    ss += r * r;
                }
            }
            double scatter = Math.sqrt(ss / Math.max(1, points.size() - 3));
            CompensationPoint p = points.get(i);
            double distance = Math.abs(p.position() - (line[0] * p.temperature() + line[1]));
            if (distance > Math.max(3 * scatter, SUSPECT_FLOOR_STEPS)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Least squares through the points, leaving out index {@code skip} (-1 for none): {slope, intercept}. */
    private static double[] line(List<CompensationPoint> points, int skip) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < points.size(); i++) {
            if (i != skip) {
                n++;
                sx += points.get(i).temperature();
                sy += points.get(i).position();
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < points.size(); i++) {
            if (i != skip) {
                double dx = points.get(i).temperature() - mx;
                sxx += dx * dx;
                sxy += dx * (points.get(i).position() - my);
            }
        }
        if (sxx == 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double slope = sxy / sxx;
        return new double[] { slope, my - slope * mx };
    }
}
