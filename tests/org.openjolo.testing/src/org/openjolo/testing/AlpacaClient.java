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

    /** The last {@code ClientTransactionID} sent. */
    public long lastTransaction() {
        return transaction.get();
    }
}
