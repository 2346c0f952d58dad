package org.openjolo.core.io;

import java.util.List;

import org.openjolo.core.DeviceException;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;

/**
 * The checks every {@link org.openjolo.core.capability.PwmOutputs} driver makes before a request leaves: the
 * output exists, the duty is within its channel's limit, a startup duty is a duty or none, a frequency is one
 * the device offers. One place, so every device refuses in the same words.
 */
public final class PwmChecks {

    private PwmChecks() {
    }

    /**
     * Refuses an output the description does not have, or a duty outside that output's channel limit.
     *
     * @param outputs the PWM outputs' description (one duty channel per output)
     * @throws DeviceException {@code INVALID_VALUE} naming what is allowed
     */
    public static void checkDuty(CapabilityDescription outputs, int index, int percent) throws DeviceException {
        List<Channel<?>> duties = outputs.channels(Quantities.DUTY);
        DeviceException.checkRange("PWM output number", index + 1L, 1, duties.size());
        Channel<?> duty = duties.get(index);
        duty.range().orElseThrow().check(duty.label(), percent);
    }

    /**
     * Refuses an output number outside {@code 1..count} or a startup duty other than 0–100 % or -1 (none).
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public static void checkStartupDuty(int count, int index, int percent) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("PWM output number " + (index + 1) + " is outside the allowed range 1 to " + count);
        }
        if (percent < -1 || percent > 100) {
            throw new IllegalArgumentException("A startup duty must be from 0 to 100 %, or none");
        }
    }

    /**
     * The position of {@code hertz} among the frequencies the device offers: the code its protocol writes.
     *
     * @throws DeviceException {@code INVALID_VALUE} listing the frequencies offered
     */
    public static int frequencyCode(List<Integer> offered, int hertz) throws DeviceException {
        int code = offered.indexOf(hertz);
        if (code < 0) {
            throw new DeviceException(DeviceException.Reason.INVALID_VALUE, "PWM frequency " + hertz + " Hz is not offered; choose one of " + offered + " Hz");
        }
        return code;
    }
}
