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

    /**
     * Label of output or PWM channel {@code index} (0-based) of capability instance {@code instanceId}: the
     * device's first switch and PWM instances keep {@link #outputLabel(int)} and {@link #pwmLabel(int)}, a
     * further instance (a second PWM bank) has its own.
     *
     * @param first whether the instance is the device's first of its type
     * @param pwm   whether it is a PWM output rather than an on/off output
     */
    public static String label(String instanceId, boolean first, boolean pwm, int index) {
        return first ? (pwm ? pwmLabel(index) : outputLabel(index)) : instanceId + "." + (index + 1) + ".label";
    }

    /**
     * Whether focuser instance {@code focuserId} is the one whose values keep the keys from before devices had a
     * second focuser: {@link org.openjolo.core.description.StandardCapabilities#FIRST_FOCUSER}.
     */
    public static boolean isFirstFocuser(String focuserId) {
        return org.openjolo.core.description.StandardCapabilities.FIRST_FOCUSER.equals(focuserId);
    }

    /**
     * Key of a value kept for focuser instance {@code focuserId}: the first focuser keeps {@code firstKey}, so
     * what users stored before devices had a second focuser is still found; another instance uses
     * {@code <focuserId>.<key>} ({@code focuser2.backlash}, {@code focuser2.compensation.mode}).
     */
    public static String focuserKey(String focuserId, String firstKey, String key) {
        return isFirstFocuser(focuserId) ? firstKey : focuserId + "." + key;
    }

    /** "true" when the output switches are locked against clicks. */
    public static final String OUTPUTS_LOCKED = "outputs.locked";
}
