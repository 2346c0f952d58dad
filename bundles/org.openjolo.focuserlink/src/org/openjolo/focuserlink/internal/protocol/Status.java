package org.openjolo.focuserlink.internal.protocol;

import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;

/**
 * The {@code q} status line: position, steps to go, sensor type, temperature, humidity, dew point, pending
 * compensation. A line of four fields or fewer carries the motion only (the makers' driver reads fields 3-7
 * only from lines of more than five tokens). Values of an absent sensor are {@code null}, never 0.
 *
 * @param position            steps (field 1)
 * @param stepsToGo           signed steps still to go, 0 when idle (field 2)
 * @param full                whether fields 3-7 were present
 * @param temperature         °C (field 4), null without a sensor
 * @param humidity            % (field 5), null without a sensor
 * @param dewPoint            °C (field 6), null without a sensor
 * @param pendingCompensation steps (field 7), null on a short line
 */
public record Status(int position, int stepsToGo, boolean full, Double temperature, Double humidity, Double dewPoint,
        Integer pendingCompensation) {

    /** Number of fields of a full line. */
    public static final int FIELDS = 7;

    /** Whether the motor is moving. */
    public boolean moving() {
        return stepsToGo != 0;
    }

    /**
     * Parses a status reply.
     *
     * @throws ProtocolException for anything that is not a status line; the message names the field
     */
    public static Status parse(String reply) throws ProtocolException {
        Fields f = Fields.parse('q', reply);
        if (f.count() < 2) {
            throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS, reply);
        }
        int position = f.integer(1, "position");
        int toGo = f.integer(2, "steps to go");
        // the makers' driver reads fields 3-7 only from a line of more than five tokens (letter included)
        if (f.count() < 5) {
            return new Status(position, toGo, false, null, null, null, null);
        }
        if (f.count() < FIELDS) {
            throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS, reply);
        }
        boolean sensor = f.integer(3, "sensor type") != 0;
        int pending = f.integer(7, "pending compensation");
        if (!sensor) {
            return new Status(position, toGo, true, null, null, null, pending);
        }
        return new Status(position, toGo, true, f.decimal(4, "temperature"), f.decimal(5, "humidity"), f.decimal(6, "dew point"), pending);
    }
}
