package org.openjolo.astrojolo.gen2;

/**
 * One model of the second-generation astrojolo controllers: what its family bundle tells the shared driver and
 * virtual device. The protocol is one ({@code docs/protocol/astrolink4-mini2.md}, with the MAX and micro as
 * deltas); the models differ in identify reply, device code and the parts they have.
 *
 * @param familyId          the family id ({@code astrolink4mini2})
 * @param name              the model name for people
 * @param baudRate          serial line speed
 * @param identityPrefix    what the identify reply must start with (the makers' drivers compare a prefix)
 * @param simulatedIdentity what the virtual device answers to {@code #} after the {@code #:}
 * @param deviceCode        what the device sends in the first field of its status line ({@code AL4MII})
 * @param focusers          how many stepper focusers it has (1 or 2; the status line always carries two)
 * @param skySensors        whether it has the sky temperature and brightness inputs
 * @param regulatedOutput   whether it has the regulated 3–10 V output
 */
public record Gen2Model(String familyId, String name, int baudRate, String identityPrefix, String simulatedIdentity, String deviceCode,
        int focusers, boolean skySensors, boolean regulatedOutput) {

    /** Checks the parts. */
    public Gen2Model {
        if (focusers < 1 || focusers > 2) {
            throw new IllegalArgumentException("A second-generation controller has 1 or 2 focusers, not " + focusers);
        }
    }
}
