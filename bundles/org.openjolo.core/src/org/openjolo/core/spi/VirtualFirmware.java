package org.openjolo.core.spi;

/**
 * Base of a virtual device modelling an astrojolo-style firmware: each request first brings the model up to the
 * present ({@link #advance()}: motion, sensors, automatic compensation), an empty line gets no answer, the
 * request is split at {@code ':'} and answered by {@link #answer}, and a request whose parameters cannot be read
 * is answered like an unknown command, {@code <letter>: error}, as the firmwares do. Requests are handled one at
 * a time (synchronized on the device, like the subclass's own test hooks).
 */
public abstract class VirtualFirmware implements VirtualDevice {

    /** Moves the model to the present time (called before every request is answered). */
    protected abstract void advance();

    /**
     * Answers one request.
     *
     * @param letter the request's first character
     * @param fields the request split at {@code ':'} (field 0 is the letter)
     * @return the reply line, or null for none; a {@link RuntimeException} (a missing or unreadable parameter) is
     *         answered as {@code <letter>: error}
     */
    protected abstract String answer(char letter, String[] fields);

    @Override
    public final synchronized String handle(String request) {
        advance();
        if (request.isEmpty()) {
            return null;
        }
        char letter = request.charAt(0);
        try {
            return answer(letter, request.split(":"));
        } catch (RuntimeException ex) {
            // malformed parameters: answered like an unknown command
            return letter + ": error";
        }
    }
}
