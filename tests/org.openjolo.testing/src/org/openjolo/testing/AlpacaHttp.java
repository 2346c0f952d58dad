package org.openjolo.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The workbench's Alpaca server over real HTTP, as a device plugin's test asks it: a GET with the parameters in
 * the query, a PUT with them as the form, always with a ClientID. Failures (no answer, a status other than 200,
 * no JSON) are {@link AssertionError}s, so calls fit in {@link Await#until} conditions.
 */
public final class AlpacaHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** @param port the server's port on 127.0.0.1 ({@code AlpacaServer.address()}) */
    public AlpacaHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * One call.
     *
     * @param method {@code GET} or {@code PUT}
     * @param path   {@code /api/v1/focuser/0/move}
     * @param params {@code Position=25100&...} without the ClientID, or empty
     * @return the answer's JSON (its {@code ErrorNumber} is the caller's to check)
     */
    public JsonObject call(String method, String path, String params) {
        String query = "ClientID=7" + (params.isEmpty() ? "" : "&" + params);
        URI uri = URI.create(base + path + (method.equals("GET") ? "?" + query : ""));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        b = method.equals("GET") ? b.GET()
                : b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(query));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(method + " " + path + " answered HTTP " + r.statusCode() + ": " + r.body());
            }
            return JsonParser.parseString(r.body()).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " interrupted", e);
        }
    }

    /** A GET's {@code Value}, failing when its {@code ErrorNumber} is not 0. */
    public com.google.gson.JsonElement value(String path, String params) {
        JsonObject reply = call("GET", path, params);
        if (reply.get("ErrorNumber").getAsInt() != 0) {
            throw new AssertionError("GET " + path + ": " + reply);
        }
        return reply.get("Value");
    }

    /** A PUT's {@code ErrorNumber} (0 when it was done). */
    public int put(String path, String params) {
        return call("PUT", path, params).get("ErrorNumber").getAsInt();
    }
}
