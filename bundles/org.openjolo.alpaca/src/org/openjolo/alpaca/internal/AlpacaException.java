package org.openjolo.alpaca.internal;

/** An ASCOM error, answered with HTTP 200 and its number in {@code ErrorNumber}. */
final class AlpacaException extends Exception {
    private static final long serialVersionUID = 1L;

    static final int NOT_IMPLEMENTED = 0x400;
    static final int INVALID_VALUE = 0x401;
    static final int VALUE_NOT_SET = 0x402;
    static final int NOT_CONNECTED = 0x407;
    static final int INVALID_OPERATION = 0x40B;
    static final int ACTION_NOT_IMPLEMENTED = 0x40C;
    static final int UNSPECIFIED = 0x500;

    final int number;

    AlpacaException(int number, String message) {
        super(message);
        this.number = number;
    }

    static AlpacaException notImplemented(String what) {
        return new AlpacaException(NOT_IMPLEMENTED, what + " is not implemented by this device");
    }
}
