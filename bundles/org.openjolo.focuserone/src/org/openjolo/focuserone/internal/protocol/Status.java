package org.openjolo.focuserone.internal.protocol;

import org.openjolo.astrojolo.gen1.protocol.StatusLine.Climate;
import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;

/**
 * The FocuserOne v2 {@code q} status line, always nine fields: position, steps to go, sensor 1 type,
 * temperature, humidity, dew point, sensor 2 type, sensor 2 temperature, pending compensation. Values of an
 * absent sensor (type 0) are {@code null}, never 0. A line of another length is not a v2 line (the v1
 * firmware sends the first generation's 22 fields), so it is refused: a line cut short has no checksum to
 * betray it otherwise.
 *
 * @param position            steps (field 1)
 * @param stepsToGo           signed steps still to go, 0 when idle (field 2)
 * @param sensor1             sensor 1 (fields 3-6), null when its type is 0
 * @param sensor2Temperature  °C (fields 7-8), null when its type is 0; the makers' driver does not use it
 * @param pendingCompensation signed steps (field 9)
 */
public record Status(int position, int stepsToGo, Climate sensor1, Double sensor2Temperature, int pendingCompensation) {

    /** Number of fields. */
    public static final int FIELDS = 9;

    /** Whether the motor is moving. */
    public boolean moving() {
        return stepsToGo != 0;
    }

    /**
     * Parses a status reply.
     *
     * @throws ProtocolException for anything that is not a nine-field status line; the message names the field
     */
    public static Status parse(String reply) throws ProtocolException {
        Fields f = Fields.parse('q', reply);
        if (f.count() != FIELDS) {
            throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS, reply);
        }
        Climate s1 = f.integer(3, "sensor 1 type") != 0
                ? new Climate(f.decimal(4, "temperature 1"), f.decimal(5, "humidity 1"), f.decimal(6, "dew point 1"))
                : null;
        Double t2 = f.integer(7, "sensor 2 type") != 0 ? f.decimal(8, "temperature 2") : null;
        return new Status(f.integer(1, "position"), f.integer(2, "steps to go"), s1, t2, f.integer(9, "pending compensation"));
    }
}
