package org.openjolo.core;

/**
 * Keys of {@link DeviceProfile} values shared between bundles (the UI writes labels, Alpaca reads them).
 */
public final class ProfileKeys {

    private ProfileKeys() {
    }

    /** Label of switchable output {@code index} (0-based). */
    public static String outputLabel(int index) {
        return "output." + (index + 1) + ".label";
    }

    /** Label of PWM output {@code index} (0-based). */
    public static String pwmLabel(int index) {
        return "pwm." + (index + 1) + ".label";
    }

    /** "true" when the output switches are locked against clicks. */
    public static final String OUTPUTS_LOCKED = "outputs.locked";
}
