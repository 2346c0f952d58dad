package org.openjolo.astrojolo.gen2.protocol;

import java.util.function.Predicate;

import org.openjolo.core.io.Fields;
import org.openjolo.core.io.ProtocolException;

/**
 * The second-generation {@code q} status line ({@code docs/protocol/astrolink4-mini2.md} §3): the device code
 * first, then both focusers, power, sensors, outputs. The makers' driver reads up to field 34 and their
 * simulation sends one more, so later fields are tolerated. Values of absent sensors are {@code null}, never 0.
 *
 * @param deviceCode          field 1 ({@code AL4MII} for the mini II)
 * @param positions           focuser 1 and 2 positions, steps (fields 2, 4)
 * @param stepsToGo           focuser 1 and 2 signed steps to go, 0 when idle (fields 3, 5)
 * @param current             total current, A (field 6)
 * @param sensor1             sensor 1 (fields 7-10), null when absent
 * @param sensor2             sensor 2: the extended sensor's temperature, humidity and dew point (fields 29-32), else the
 *                            plain temperature (fields 11-12, humidity NaN), null when absent
 * @param pwm                 PWM A and B duty, % (fields 13-14)
 * @param outputs             outputs 1-3 on (fields 15-17)
 * @param inputVoltage        V (field 18)
 * @param regulatedVoltage    the regulated output's voltage, V (field 19)
 * @param energyAh            Ah since power-on (field 20)
 * @param energyWh            Wh since power-on (field 21)
 * @param pendingCompensation focuser 1 and 2 pending compensation, steps (fields 22, 23)
 * @param protectionTrip      0 none, 1 over-voltage, other over-current (field 24; the first generation's meaning)
 * @param protectionValue     the value that tripped (field 25)
 * @param skyTemperature      sky (infrared) temperature, null without the sensor (fields 26-27)
 * @param skyAmbient          the sky sensor's own ambient temperature, null without the sensor (field 28)
 * @param skyQuality          sky brightness, mag/arcsec², null without the sensor (fields 33-34)
 */
public record Status(String deviceCode, int[] positions, int[] stepsToGo, double current, Climate sensor1, Climate sensor2, int[] pwm,
        boolean[] outputs, double inputVoltage, double regulatedVoltage, double energyAh, double energyWh, int[] pendingCompensation,
        int protectionTrip, double protectionValue, Double skyTemperature, Double skyAmbient, Double skyQuality) {

    /** Number of fields the makers' driver reads; the line may have more. */
    public static final int FIELDS = 34;

    /**
     * One temperature/humidity sensor.
     *
     * @param temperature °C
     * @param humidity    % relative humidity, NaN for a temperature-only sensor
     * @param dewPoint    °C, NaN for a temperature-only sensor
     */
    public record Climate(double temperature, double humidity, double dewPoint) {
    }

    /** Whether focuser {@code focuser} (0-based) moves. */
    public boolean moving(int focuser) {
        return stepsToGo[focuser] != 0;
    }

    /** The device code of a status reply (field 1), or empty text when the reply is not a status line with one. */
    public static String deviceCode(String reply) {
        try {
            return Fields.parse('q', reply).text(1).strip();
        } catch (ProtocolException e) {
            return "";
        }
    }

    /**
     * Parses a status reply.
     *
     * @param expectedCode the device code this device sends in field 1
     * @throws ProtocolException for anything that is not such a status line; the message names the field
     */
    public static Status parse(String reply, String expectedCode) throws ProtocolException {
        return parse(reply, expectedCode::equals, "'" + expectedCode + "'");
    }

    /**
     * Parses a status reply of a model whose device code follows a rule rather than being one text (a model whose
     * code is not public takes any code that is not a number).
     *
     * @param acceptsCode whether field 1, stripped, is a code this device sends
     * @param expected    what the device sends there, for the refusal ({@code 'AL4MII'})
     * @throws ProtocolException for anything that is not such a status line; the message names the field
     */
    public static Status parse(String reply, Predicate<String> acceptsCode, String expected) throws ProtocolException {
        Fields f = Fields.parse('q', reply);
        if (f.count() < FIELDS) {
            throw new ProtocolException("Status line has " + f.count() + " fields, expected " + FIELDS, reply);
        }
        String code = f.text(1).strip();
        if (!acceptsCode.test(code)) {
            throw new ProtocolException("Status line names the device '" + code + "', expected " + expected, reply);
        }
        int[] positions = { f.integer(2, "focuser 1 position"), f.integer(4, "focuser 2 position") };
        int[] toGo = { f.integer(3, "focuser 1 steps to go"), f.integer(5, "focuser 2 steps to go") };
        Climate s1 = f.flag(7, "sensor 1 present")
                ? new Climate(f.decimal(8, "temperature 1"), f.decimal(9, "humidity 1"), f.decimal(10, "dew point 1"))
                : null;
        Climate s2 = null;
        if (f.flag(29, "extended sensor 2 present")) {
            s2 = new Climate(f.decimal(30, "temperature 2"), f.decimal(31, "humidity 2"), f.decimal(32, "dew point 2"));
        } else if (f.flag(11, "sensor 2 present")) {
            s2 = new Climate(f.decimal(12, "temperature 2"), Double.NaN, Double.NaN);
        }
        boolean sky = f.flag(26, "sky sensor present");
        boolean sqm = f.flag(33, "sky brightness present");
        return new Status(code, positions, toGo, f.decimal(6, "current"), s1, s2, new int[] { f.integer(13, "PWM A"), f.integer(14, "PWM B") },
                new boolean[] { f.flag(15, "output 1"), f.flag(16, "output 2"), f.flag(17, "output 3") }, f.decimal(18, "input voltage"),
                f.decimal(19, "regulated voltage"), f.decimal(20, "energy Ah"), f.decimal(21, "energy Wh"),
                new int[] { f.integer(22, "focuser 1 pending compensation"), f.integer(23, "focuser 2 pending compensation") },
                f.integer(24, "protection trip"), f.decimal(25, "protection value"), sky ? f.decimal(27, "sky temperature") : null,
                sky ? f.decimal(28, "sky ambient temperature") : null, sqm ? f.decimal(34, "sky brightness") : null);
    }
}
