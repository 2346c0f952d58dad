package org.openjolo.core.io;

import java.io.IOException;

/**
 * A reply that is not what the protocol says (wrong letter, missing or non-numeric fields). The codecs throw
 * only this; the worker counts it as a miss like a timeout.
 */
public class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reply;

    /**
     * @param message what was wrong, e.g. "field 1 (position) is not a number"
     * @param reply   the offending reply as received
     */
    public ProtocolException(String message, String reply) {
        super(message + (reply == null ? "" : ": '" + reply + "'"));
        this.reply = reply;
    }

    /** The reply as received, or null. */
    public String reply() {
        return reply;
    }
}
