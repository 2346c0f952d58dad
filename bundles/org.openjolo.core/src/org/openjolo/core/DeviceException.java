package org.openjolo.core;

/**
 * Why a device command failed, in words an operator understands. Commands complete their future exceptionally
 * with this exception; {@link #getMessage()} is meant for the status bar as it is.
 */
public class DeviceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kind of failure, for code that reacts differently (Alpaca maps these to ASCOM error numbers). */
    public enum Reason {
        /** The device is not connected (yet, or any more). */
        NOT_CONNECTED,
        /** A value was outside its allowed range; nothing was sent to the device. */
        INVALID_VALUE,
        /** The device is busy with something that excludes this command (e.g. moving). */
        BUSY,
        /** The device did not answer in time. */
        TIMEOUT,
        /** The device answered something that is not this protocol. */
        PROTOCOL_ERROR,
        /** The link failed (port vanished, socket closed). */
        IO_ERROR,
        /** This device does not have the function. */
        NOT_SUPPORTED,
        /** The command was cancelled (disconnect, shutdown). */
        CANCELLED
    }

    private final Reason reason;

    /**
     * @param reason  the kind of failure
     * @param message a complete sentence for the operator, naming the allowed range where one applies
     */
    public DeviceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * @param reason  the kind of failure
     * @param message a complete sentence for the operator
     * @param cause   the underlying error
     */
    public DeviceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The kind of failure. */
    public Reason reason() {
        return reason;
    }

    /** A range check that throws {@link Reason#INVALID_VALUE} with the allowed range in the message. */
    public static void checkRange(String what, long value, long min, long max) throws DeviceException {
        if (value < min || value > max) {
            throw new DeviceException(Reason.INVALID_VALUE,
                    what + " " + value + " is outside the allowed range " + min + " to " + max);
        }
    }
}
