package org.openjolo.alpaca;

import java.time.Instant;
import java.util.List;

/**
 * One program using the Alpaca server, as the Alpaca part shows it: which devices it connected to and when it
 * last called. A client is told apart by its ClientID and address (programs that send no ClientID share 0).
 *
 * @param clientId    the ClientID it sends, 0 when it sends none
 * @param address     the address it calls from
 * @param connectedTo the names of the Alpaca devices it has set Connected (or Connect) on, in the server's order
 * @param lastCall    when it last called
 * @param lastRequest its last request, for people ("GET focuser/0/position")
 * @param requests    how many requests it made since the server started
 */
public record AlpacaClientActivity(long clientId, String address, List<String> connectedTo, Instant lastCall, String lastRequest, long requests) {

    /** Copies the list. */
    public AlpacaClientActivity {
        connectedTo = List.copyOf(connectedTo);
    }
}
