package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.openjolo.testing.Fuzz;

/**
 * The Alpaca request parameters (a GET's query, a PUT's form body: text from the network): any text is an
 * {@link HttpProblem} or parameters whose every accessor answers a value or an HttpProblem; encoded
 * parameters decode to what was encoded.
 */
class ParamsFuzzTest {

    private static final List<String> NAMES = List.of("ClientID", "ClientTransactionID", "Connected", "Position", "Id", "State", "Value", "Name",
            "TempComp", "Command", "SensorName", "AveragePeriod", "Action", "Parameters");

    private static String anyEncoded(Fuzz f) {
        return switch (f.nextInt(4)) {
            case 0 -> f.line(120);
            case 1 -> f.fromAlphabet("=&%+0123456789abcdefABCDEF.-", 80);
            case 2 -> f.mutate("ClientID=7&ClientTransactionID=42&Position=1200&Connected=True", '&');
            default -> {
                StringJoiner q = new StringJoiner("&");
                for (int i = f.nextInt(6); i > 0; i--) {
                    q.add(f.pick(NAMES) + "=" + f.nastyField());
                }
                yield q.toString();
            }
        };
    }

    @Test
    void anyQueryOrFormIsABadRequestOrParametersThatReadWithoutCrashing() {
        Fuzz.forTest("Alpaca Params", 600).forAll(ParamsFuzzTest::anyEncoded, encoded -> {
            for (boolean exact : new boolean[] { true, false }) {
                if (Fuzz.onlyThrows(() -> Params.parse(encoded, exact), HttpProblem.class) != null) {
                    continue;
                }
                Params p = Params.parse(encoded, exact);
                for (String name : NAMES) {
                    Fuzz.onlyThrows(() -> p.string(name), HttpProblem.class);
                    Fuzz.onlyThrows(() -> p.integer(name), HttpProblem.class);
                    Fuzz.onlyThrows(() -> p.bool(name), HttpProblem.class);
                    if (Fuzz.onlyThrows(() -> p.number(name), HttpProblem.class) == null) {
                        assertTrue(Double.isFinite(p.number(name)));
                    }
                    if (Fuzz.onlyThrows(() -> p.id(name), HttpProblem.class) == null) {
                        assertTrue(p.id(name) >= 0 && p.id(name) <= 0xFFFF_FFFFL);
                    }
                }
            }
        });
    }

    @Test
    void encodedParametersDecodeToWhatWasEncoded() {
        Fuzz.forTest("Alpaca Params round trip", 10_000).forAll(f -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = f.nextInt(6); i >= 0; i--) {
                // any text but lone surrogates, which UTF-8 cannot carry
                String name = f.chance(0.5) ? f.pick(NAMES) : f.printable(12).toLowerCase(Locale.ROOT);
                // names differ also ignoring case: a GET's two spellings of one name are one parameter
                if (values.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                    values.put(name, f.chance(0.3) ? f.nastyField().replaceAll("[\\ud800-\\udfff]", "") : f.printable(20));
                }
            }
            return values;
        }, values -> {
            StringJoiner form = new StringJoiner("&");
            values.forEach((k, v) -> form.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            Params exact = Params.parse(form.toString(), true);
            Params query = Params.parse(form.toString(), false);
            for (Map.Entry<String, String> e : values.entrySet()) {
                assertEquals(e.getValue(), exact.string(e.getKey()), form.toString());
                assertEquals(e.getValue(), query.string(e.getKey().toUpperCase(Locale.ROOT)), "GET names are case-insensitive: " + form);
            }
        });
    }

    @Test
    void typedValuesRoundTrip() {
        Fuzz.forTest("Alpaca typed values", 10_000).forAll(f -> List.<Object>of(f.anyInt(), (f.nextInt(2000) - 1000) / 8.0 * f.anyInt(), f.chance(0.5),
                f.chance(0.5) ? (long) f.anyInt() & 0xFFFF_FFFFL : -1L - f.nextInt(1000)), a -> {
                    List<String> pairs = new ArrayList<>();
                    pairs.add("Position=" + a.get(0));
                    pairs.add("Value=" + a.get(1));
                    pairs.add("State=" + (((Boolean) a.get(2)) ? "True" : "false"));
                    pairs.add("ClientTransactionID=" + a.get(3));
                    Params p = Params.parse(String.join("&", pairs), true);
                    assertEquals(a.get(0), p.integer("Position"));
                    assertEquals((Double) a.get(1), p.number("Value"));
                    assertEquals(a.get(2), p.bool("State"));
                    long id = (Long) a.get(3);
                    if (id >= 0) {
                        assertEquals(id, p.id("ClientTransactionID"));
                    } else {
                        HttpProblem e = (HttpProblem) Fuzz.onlyThrows(() -> p.id("ClientTransactionID"), HttpProblem.class);
                        assertEquals(400, e == null ? -1 : e.status);
                    }
                });
    }
}
