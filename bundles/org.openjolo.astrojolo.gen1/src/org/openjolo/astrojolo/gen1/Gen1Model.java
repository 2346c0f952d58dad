package org.openjolo.astrojolo.gen1;

/**
 * One model of the first-generation astrojolo controllers: what its family bundle tells the shared driver and
 * virtual device. The protocol is one (docs/protocol/astrolink4-mini.md, astrolink4-usb.md); the models differ
 * in line speed, identify reply, status length and the parts they have.
 *
 * @param familyId          the family id ({@code astrolink4}, {@code astrolink4mini})
 * @param name              the model name for people
 * @param baudRate          serial line speed
 * @param identityPrefix    what the identify reply must start with (the makers' drivers compare a prefix)
 * @param simulatedIdentity what the virtual device answers to {@code #} after the {@code #:}
 * @param statusFields      the status line's length: 31 (sky sensors, sensor 2 humidity) or 22
 * @param motorBlock        whether the {@code z} block (motor current, hold) exists
 * @param dcFocuser         whether there is a DC motor focuser output ({@code G}, {@code K}, status field 19)
 * @param hub               whether the controller is a power hub: 12 V outputs, PWM outputs and the power monitor with its
 *                          {@code n} block. A stand-alone focuser speaking the same protocol (the FocuserOne v1) has none:
 *                          its status line carries those fields, but they are not offered, read or written
 */
public record Gen1Model(String familyId, String name, int baudRate, String identityPrefix, String simulatedIdentity,
        int statusFields, boolean motorBlock, boolean dcFocuser, boolean hub) {

    /** A power hub (the AstroLink 4 USB and mini): outputs, PWM and power monitor. */
    public Gen1Model(String familyId, String name, int baudRate, String identityPrefix, String simulatedIdentity,
            int statusFields, boolean motorBlock, boolean dcFocuser) {
        this(familyId, name, baudRate, identityPrefix, simulatedIdentity, statusFields, motorBlock, dcFocuser, true);
    }

    /** Whether the status line carries the sky temperature and brightness (the long, 31-field line). */
    public boolean skySensors() {
        return statusFields >= 31;
    }
}
