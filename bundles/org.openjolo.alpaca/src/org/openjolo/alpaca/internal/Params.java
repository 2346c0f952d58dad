package org.openjolo.alpaca.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a request: the query of a GET, whose names are case-insensitive, or the form body of a PUT,
 * whose names must be cased as the Alpaca API writes them (a mis-cased optional ClientID or ClientTransactionID
 * is ignored, a mis-cased required parameter is missing). Values that are not of their type are HTTP 400.
 */
final class Params {

    private final Map<String, String> values;
    private final boolean exactNames;

    private Params(Map<String, String> values, boolean exactNames) {
        this.values = values;
        this.exactNames = exactNames;
    }

    static Params parse(String encoded, boolean exactNames) throws HttpProblem {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    values.putIfAbsent(exactNames ? name : name.toLowerCase(Locale.ROOT), value);
                } catch (IllegalArgumentException e) {
                    throw HttpProblem.badRequest("Malformed parameter '" + pair + "': " + e.getMessage());
                }
            }
        }
        return new Params(values, exactNames);
    }

    /** One GET parameter, as a query would give it. */
    static Params of(String name, String value) {
        return new Params(Map.of(name.toLowerCase(Locale.ROOT), value), false);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(exactNames ? name : name.toLowerCase(Locale.ROOT)));
    }

    String string(String name) throws HttpProblem {
        return get(name).orElseThrow(() -> HttpProblem.badRequest("The parameter " + name + " is missing"
                + (exactNames ? " (PUT parameter names are case-sensitive)" : "")));
    }

    int integer(String name) throws HttpProblem {
        String v = string(name).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    double number(String name) throws HttpProblem {
        String v = string(name).strip();
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(name + " must be a number, not '" + v + "'");
        }
    }

    boolean bool(String name) throws HttpProblem {
        String v = string(name).strip();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw HttpProblem.badRequest(name + " must be True or False, not '" + v + "'");
    }

    /** ClientID or ClientTransactionID: an unsigned 32-bit number, 0 when absent. */
    long id(String name) throws HttpProblem {
        Optional<String> v = get(name);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            long id = Long.parseLong(v.get().strip());
            if (id >= 0 && id <= 0xFFFF_FFFFL) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpProblem.badRequest(name + " must be a number from 0 to 4294967295, not '" + v.get() + "'");
    }
}
