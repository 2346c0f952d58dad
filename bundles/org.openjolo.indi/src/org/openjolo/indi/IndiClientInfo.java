package org.openjolo.indi;

import java.time.Instant;

/**
 * One INDI client connected to the server now, as the INDI part shows it.
 *
 * @param address   where it connects from ("127.0.0.1:53122")
 * @param since     when it connected
 * @param lastCall  when it last sent something
 * @param messages  how many INDI messages it sent
 */
public record IndiClientInfo(String address, Instant since, Instant lastCall, long messages) {
}
