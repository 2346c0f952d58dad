package org.openjolo.astrojolo.gen2;

import java.util.List;

/**
 * One model of the second-generation astrojolo controllers: what its family bundle tells the shared driver and
 * virtual device. The protocol is one ({@code docs/protocol/astrolink4-mini2.md}, with the MAX and micro as
 * deltas); the models differ in identify reply, device code, stop request and the parts they have.
 *
 * @param familyId          the family id ({@code astrolink4mini2})
 * @param name              the model name for people
 * @param baudRate          serial line speed
 * @param identityPrefixes  what the identify reply may start with, any one of them (the makers' drivers compare a
 *                          prefix; a model whose firmware and simulation spell it differently lists both)
 * @param simulatedIdentity what the virtual device answers to {@code #} after the {@code #:}
 * @param deviceCode        what the virtual device sends in the first field of its status line ({@code AL4MII}), and
 *                          with {@link CodeRule#EXACT} what the device must send there
 * @param codeRule          which device codes the driver accepts in status field 1
 * @param stop              the stop request's form
 * @param focusers          how many stepper focusers it has (1 or 2; the status line and the block always carry two)
 * @param skySensors        whether it has the sky temperature and brightness inputs
 * @param regulatedOutput   whether it has the regulated 3–10 V output (and its voltage in status field 19)
 */
public record Gen2Model(String familyId, String name, int baudRate, List<String> identityPrefixes, String simulatedIdentity, String deviceCode,
        CodeRule codeRule, Stop stop, int focusers, boolean skySensors, boolean regulatedOutput) {

    /** Which device codes a model accepts in the first field of the status line. */
    public enum CodeRule {
        /** Only the model's own code: the code is public ({@code AL4MII}). */
        EXACT,
        /**
         * Any text that is not a number: the model's code is not public, and a first-generation device sends its
         * focuser position in that field, so a number means "not second generation".
         */
        ANY_TEXT
    }

    /** How the driver asks a focuser to stop. */
    public enum Stop {
        /** {@code H:f} with the focuser's index (the mini II's and MAX's driver). */
        INDEXED,
        /** A bare {@code H} (the micro's driver, for its one focuser). */
        BARE
    }

    /** Checks the parts. */
    public Gen2Model {
        if (focusers < 1 || focusers > 2) {
            throw new IllegalArgumentException("A second-generation controller has 1 or 2 focusers, not " + focusers);
        }
        if (identityPrefixes.isEmpty()) {
            throw new IllegalArgumentException("A second-generation controller needs at least one identify prefix");
        }
        identityPrefixes = List.copyOf(identityPrefixes);
    }

    /**
     * Whether {@code code}, the first field of a status line, is one this model sends.
     *
     * @param code the field as sent, stripped
     */
    public boolean acceptsDeviceCode(String code) {
        return switch (codeRule) {
            case EXACT -> code.equals(deviceCode);
            case ANY_TEXT -> !code.isEmpty() && !isNumber(code);
        };
    }

    /** What this model sends as its device code, for refusals ({@code its device code 'AL4MII'}). */
    public String describeDeviceCode() {
        return switch (codeRule) {
            case EXACT -> "its device code '" + deviceCode + "'";
            case ANY_TEXT -> "a device code, text that is not a number";
        };
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
