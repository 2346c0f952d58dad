package org.openjolo.astrojolo.gen1.protocol;

import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;

/**
 * The {@code q} status line (31 fields; older firmware 22; possibly only 3 while the stepper moves). Values
 * of absent sensors are {@code null}, never 0.
 *
 * @param position          stepper position, steps (field 1)
 * @param stepsToGo         signed steps still to go, 0 when idle (field 2)
 * @param current           total current, A (field 3)
 * @param full              whether fields 4..22 were present (false for the short line sent while moving)
 * @param sensor1           sensor 1 (fields 4-7), null when absent or not reported
 * @param pwmA              PWM A duty % (field 10)
 * @param pwmB              PWM B duty % (field 11)
 * @param outputs           outputs 1-3 on (fields 12-14), null on a short line
 * @param inputVoltage      V (field 15)
 * @param regulatedVoltage  V (field 16)
 * @param energyAh          Ah since power-on (field 17)
 * @param energyWh          Wh since power-on (field 18)
 * @param pendingCompensation steps (field 20)
 * @param protectionTrip    0 none, 1 over-voltage, other over-current (field 21)
 * @param protectionValue   the value that tripped (field 22)
 * @param skyTemperature    sky object temperature, null when no sky sensor (fields 23-24)
 * @param skyAmbient        sky sensor's ambient temperature, null when no sky sensor (field 25)
 * @param sensor2           sensor 2 (fields 8, 27-29), null when absent
 * @param skyQuality        mag/arcsec², null when absent (fields 30-31, inferred)
 * @param dcRunning         the DC focuser motor is running (field 19), null on a short line
 */
public record StatusLine(int position, int stepsToGo, double current, boolean full, Climate sensor1, Integer pwmA,
        Integer pwmB, boolean[] outputs, Double inputVoltage, Double regulatedVoltage, Double energyAh, Double energyWh,
        Integer pendingCompensation, Integer protectionTrip, Double protectionValue, Double skyTemperature,
        Double skyAmbient, Climate sensor2, Double skyQuality, Boolean dcRunning) {

    /** Number of fields the current firmware sends. */
    public static final int FIELDS = 31;
    /** Number of fields of the first-generation line (drivers before 2021-11). */
    public static final int FIELDS_GEN1 = 22;

    /**
     * One temperature/humidity sensor.
     *
     * @param temperature °C
     * @param humidity    % relative humidity
     * @param dewPoint    °C
     */
    public record Climate(double temperature, double humidity, double dewPoint) {
    }

    /** How many fields a status reply has (3 for the short line while moving, 22 or 31 when idle). */
    public static int fieldCount(String reply) throws ProtocolException {
        return Fields.parse('q', reply).count();
    }

    /** Whether the stepper is moving. */
    public boolean moving() {
        return stepsToGo != 0;
    }

    /**
     * Parses a status reply.
     *
     * @throws ProtocolException for anything that is not a status line; the message names the field
     */
    public static StatusLine parse(String reply) throws ProtocolException {
        return parse(reply, 0);
    }

    /**
     * Parses a status reply from a device known to send {@code fullFields} fields when idle (learnt from its first
     * status line): the protocol has no checksum, so a line cut short at a field boundary would otherwise pass for
     * the older, shorter format and put wrong values into the charts and logs.
     *
     * @param fullFields 22 or 31; 0 when not known yet (then either is accepted)
     * @throws ProtocolException for anything that is not a status line of that length, or the short moving line
     */
    public static StatusLine parse(String reply, int fullFields) throws ProtocolException {
        Fields f = Fields.parse('q', reply);
        if (f.count() < 3) {
            throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS, reply);
        }
        if (f.count() > FIELDS_GEN1 && f.count() < FIELDS) {
            throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS_GEN1 + " or " + FIELDS
                    + ": cut short", reply);
        }
        if (fullFields > 0 && f.count() >= FIELDS_GEN1 && f.count() < fullFields) {
            throw new ProtocolException("Status line has " + f.count() + " fields where this device sends " + fullFields
                    + ": cut short", reply);
        }
        int position = f.integer(1, "position");
        int toGo = f.integer(2, "steps to go");
        double current = f.decimal(3, "current");
        if (f.count() < FIELDS_GEN1) {
            // the firmware ends the line after the current only while the stepper moves; a short line of an idle
            // stepper is a full line cut short (at worst one miss when a move ends between the two)
            if (toGo == 0 || f.count() > 3) {
                throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS
                        + (toGo == 0 ? " from an idle focuser" : ""), reply);
            }
            return new StatusLine(position, toGo, current, false, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        Climate s1 = f.flag(4, "sensor 1 present")
                ? new Climate(f.decimal(5, "temperature 1"), f.decimal(6, "humidity 1"), f.decimal(7, "dew point 1"))
                : null;
        boolean s2Present = f.flag(8, "sensor 2 present");
        boolean[] outputs = { f.flag(12, "output 1"), f.flag(13, "output 2"), f.flag(14, "output 3") };
        Double sky = null;
        Double skyAmbient = null;
        Climate s2 = null;
        Double sqm = null;
        if (f.count() >= FIELDS) {
            if (f.flag(23, "sky sensor present")) {
                sky = f.decimal(24, "sky temperature");
                skyAmbient = f.decimal(25, "sky ambient temperature");
            }
            if (s2Present) {
                s2 = new Climate(f.decimal(27, "temperature 2"), f.decimal(28, "humidity 2"), f.decimal(29, "dew point 2"));
            }
            if (f.flag(30, "sky brightness present")) {
                sqm = f.decimal(31, "sky brightness");
            }
        } else if (s2Present) {
            // first-generation line: only the temperature of sensor 2, in field 9
            double t2 = f.decimal(9, "temperature 2");
            s2 = new Climate(t2, Double.NaN, Double.NaN);
        }
        return new StatusLine(position, toGo, current, true, s1, f.integer(10, "PWM A"), f.integer(11, "PWM B"), outputs,
                f.decimal(15, "input voltage"), f.decimal(16, "regulated voltage"), f.decimal(17, "energy Ah"),
                f.decimal(18, "energy Wh"), f.integer(20, "pending compensation"), f.integer(21, "protection trip"),
                f.decimal(22, "protection value"), sky, skyAmbient, s2, sqm, f.flag(19, "DC focuser running"));
    }
}
