package org.openjolo.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A minimal Alpaca client over real HTTP, as N.I.N.A. or a script would talk to the server: for the Alpaca
 * server's tests and the device families' Alpaca tests.
 */
public final class AlpacaClient {

    /**
     * An answer: the HTTP status, and the JSON body when it was JSON.
     *
     * @param status the HTTP status
     * @param body   the body as sent
     */
    public record Answer(int status, String body) {

        /** The body as a JSON object. */
        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        /** The {@code Value} of an answer without an Alpaca error; an error fails the test with its number and message. */
        public JsonElement value() {
            JsonObject j = json();
            if (j.get("ErrorNumber").getAsInt() != 0) {
                throw new AssertionError("Alpaca error " + j.get("ErrorNumber") + ": " + j.get("ErrorMessage").getAsString());
            }
            return j.get("Value");
        }

        /** The Alpaca {@code ErrorNumber}, 0 for none. */
        public int error() {
            return json().get("ErrorNumber").getAsInt();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final long clientId;
    private final AtomicLong transaction = new AtomicLong(100);

    /**
     * @param port     the server's HTTP port on 127.0.0.1
     * @param clientId the {@code ClientID} sent with every request
     */
    public AlpacaClient(int port, long clientId) {
        this.base = "http://127.0.0.1:" + port;
        this.clientId = clientId;
    }

    /** Any method with a raw path and query, and a form body or none. */
    public Answer raw(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** GET a member with this client's ids; {@code query} is names and values in turn. */
    public Answer get(String path, String... query) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder("?ClientID=" + clientId + "&ClientTransactionID=" + transaction.incrementAndGet());
        for (int i = 0; i + 1 < query.length; i += 2) {
            q.append('&').append(query[i]).append('=').append(java.net.URLEncoder.encode(query[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return raw("GET", path + q, null);
    }

    /** PUT a member with form parameters and this client's ids. */
    public Answer put(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder f = new StringBuilder("ClientID=" + clientId + "&ClientTransactionID=" + transaction.incrementAndGet());
        form.forEach((k, v) -> f.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return raw("PUT", path, f.toString());
    }

    /**
     * One call with its parameters already encoded, for conditions in {@link Await#until}: failures (no answer, a
     * status other than 200, no JSON) are {@link AssertionError}s.
     *
     * @param method {@code GET} or {@code PUT}
     * @param path   {@code /api/v1/focuser/0/move}
     * @param params {@code Position=25100&...} without the ids, or empty
     * @return the answer's JSON (its {@code ErrorNumber} is the caller's to check)
     */
    public JsonObject call(String method, String path, String params) {
        String ids = "ClientID=" + clientId + "&ClientTransactionID=" + transaction.incrementAndGet() + (params.isEmpty() ? "" : "&" + params);
        try {
            Answer a = method.equals("GET") ? raw("GET", path + "?" + ids, null) : raw(method, path, ids);
            if (a.status() != 200) {
                throw new AssertionError(method + " " + path + " answered HTTP " + a.status() + ": " + a.body());
            }
            return a.json();
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " interrupted", e);
        }
    }

    /** A GET's {@code Value} ({@link #call}), failing when its {@code ErrorNumber} is not 0. */
    public JsonElement value(String path, String params) {
        JsonObject reply = call("GET", path, params);
        if (reply.get("ErrorNumber").getAsInt() != 0) {
            throw new AssertionError("GET " + path + ": " + reply);
        }
        return reply.get("Value");
    }

    /** A PUT's {@code ErrorNumber} ({@link #call}; 0 when it was done). */
    public int put(String path, String params) {
        return call("PUT", path, params).get("ErrorNumber").getAsInt();
    }

    /** The last {@code ClientTransactionID} sent. */
    public long lastTransaction() {
        return transaction.get();
    }
}
