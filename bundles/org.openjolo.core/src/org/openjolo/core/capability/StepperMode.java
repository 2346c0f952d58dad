package org.openjolo.core.capability;

/** How the focuser's stepper motor is driven. */
public enum StepperMode {
    /** Unipolar (Robofocus-compatible) motor. */
    UNIPOLAR("Unipolar"),
    /** Bipolar motor, full/half steps. */
    BIPOLAR("Bipolar"),
    /** Bipolar motor, 1/8 micro-steps. */
    MICRO_8("Micro-step 1/8"),
    /** Bipolar motor, 1/32 micro-steps. */
    MICRO_32("Micro-step 1/32");

    private final String label;

    StepperMode(String label) {
        this.label = label;
    }

    /** Name for people. */
    public String label() {
        return label;
    }
}
