package org.openjolo.transport;

import java.io.IOException;

/** No complete reply line arrived within the request's timeout. */
public class TransportTimeoutException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message what was asked and how long we waited */
    public TransportTimeoutException(String message) {
        super(message);
    }
}
