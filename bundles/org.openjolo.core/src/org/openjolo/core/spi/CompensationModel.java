package org.openjolo.core.spi;

/**
 * For virtual devices: the astrojolo firmwares' linear temperature compensation (inferred from the makers'
 * manuals). The pending amount is the temperature change since the reference times the coefficient; applying
 * it moves the stepper and takes the current temperature as the new reference, as a user move does.
 */
public final class CompensationModel {

    private double reference = Double.NaN;

    /**
     * Steps pending at {@code celsius}; the first reading after a {@link #forget()} becomes the reference.
     *
     * @param coefficientX100 steps per °C × 100, as the firmwares store it (positive: inward as it cools)
     */
    public int pending(double celsius, int coefficientX100) {
        if (Double.isNaN(reference)) {
            reference = celsius;
        }
        return (int) Math.round((celsius - reference) * coefficientX100 / 100.0);
    }

    /** Takes {@code celsius} as the new reference (after a user move). */
    public void reference(double celsius) {
        reference = celsius;
    }

    /** Forgets the reference (power cycle); the next reading becomes it. */
    public void forget() {
        reference = Double.NaN;
    }

    /**
     * The firmwares' {@code S:N} (and the automatic mode's check): applies {@code pending} when it is not 0, at
     * least {@code threshold} steps and the motor stands.
     */
    public void applyIfAtLeast(StepperModel stepper, int pending, int threshold, int max, double celsius) {
        if (pending != 0 && Math.abs(pending) >= threshold && !stepper.moving()) {
            apply(stepper, pending, max, celsius);
        }
    }

    /** Moves {@code stepper} by {@code pending} steps, kept inside 0..{@code max}, and re-references. */
    public void apply(StepperModel stepper, int pending, int max, double celsius) {
        stepper.moveTo(Math.max(0, Math.min(max, stepper.position() + pending)));
        reference = celsius;
    }
}
