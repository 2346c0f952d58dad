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

    /** Total current warn level, A (the manual's power alerts); unset when off. */
    public static final String WARN_CURRENT = "power.warn.current";
    /** Energy warn level, Ah; unset when off. */
    public static final String WARN_ENERGY = "power.warn.energy";
    /** Low input voltage warn level, V; unset when off. */
    public static final String WARN_LOW_VOLTAGE = "power.warn.lowVoltage";
    /** High input voltage warn level, V; unset when off. */
    public static final String WARN_HIGH_VOLTAGE = "power.warn.highVoltage";

    /** "true" when the output switches are locked against clicks. */
    public static final String OUTPUTS_LOCKED = "outputs.locked";
}
