package org.openjolo.core.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reading the workbench's own JSON files (settings, profiles, points) so that a damaged one is told apart from
 * a good one and the operator reads why: empty, cut short (written only in part), not JSON, not UTF-8, or a
 * value of the wrong kind. Every problem is an {@link IOException} whose message completes "could not be read
 * (…)", for {@link AtomicFiles#keepAside(Path, String, String, String)}.
 */
public final class JsonFile {

    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private JsonFile() {
    }

    /**
     * The JSON object a file holds.
     *
     * @throws IOException when the file cannot be read, is empty, is not JSON, or holds something else than an
     *                     object; the message says which
     */
    public static JsonObject readObject(Path file) throws IOException {
        JsonElement e = parse(AtomicFiles.readString(file));
        if (!e.isJsonObject()) {
            throw new IOException("it holds " + kind(e) + " where an object { … } belongs");
        }
        return e.getAsJsonObject();
    }

    /**
     * Parses JSON text strictly (one value, nothing after it).
     *
     * @throws IOException saying what is wrong: "it is empty", "it ends too early at line 3 column 1 (written
     *                     only in part?)", "it is not valid JSON at line 1 column 2"
     */
    public static JsonElement parse(String text) throws IOException {
        if (text.isBlank()) {
            throw new IOException("it is empty");
        }
        // a reader of its own is strict; Gson.fromJson would read leniently
        JsonReader reader = new JsonReader(new StringReader(text));
        try {
            JsonElement e = TREE.read(reader);
            // strict: anything but white space after the value fails here
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("more than one JSON value at " + reader.getPath());
            }
            return e;
        } catch (EOFException e) {
            throw new IOException("it ends too early" + where(e.getMessage()) + " (written only in part?)", e);
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            if (atEnd(text, e.getMessage())) {
                // e.g. an unterminated string: the text stops where it should go on
                throw new IOException("it ends too early" + where(e.getMessage()) + " (written only in part?)", e);
            }
            throw new IOException("it is not valid JSON" + where(e.getMessage()), e);
        }
    }

    /** A whole number, or {@code fallback} when the member is absent. */
    public static long wholeNumber(JsonObject o, String member, long fallback) throws IOException {
        JsonPrimitive p = primitive(o, member);
        if (p == null) {
            return fallback;
        }
        if (p.isNumber()) {
            try {
                return p.getAsBigDecimal().longValueExact();
            } catch (ArithmeticException e) {
                // a fraction or a number beyond any setting: told below like any other wrong value
            }
        }
        throw new IOException("'" + member + "' must be a whole number, not " + p);
    }

    /** {@code true} or {@code false}, or {@code fallback} when the member is absent. */
    public static boolean bool(JsonObject o, String member, boolean fallback) throws IOException {
        JsonPrimitive p = primitive(o, member);
        if (p == null) {
            return fallback;
        }
        if (!p.isBoolean()) {
            throw new IOException("'" + member + "' must be true or false, not " + p);
        }
        return p.getAsBoolean();
    }

    /** A text, or {@code fallback} when the member is absent. */
    public static String text(JsonObject o, String member, String fallback) throws IOException {
        JsonPrimitive p = primitive(o, member);
        if (p == null) {
            return fallback;
        }
        if (!p.isString()) {
            throw new IOException("'" + member + "' must be a text in quotes, not " + p);
        }
        return p.getAsString();
    }

    /** An object member, or null when absent. */
    public static JsonObject object(JsonObject o, String member) throws IOException {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw new IOException("'" + member + "' holds " + kind(e) + " where an object { … } belongs");
        }
        return e.getAsJsonObject();
    }

    /** What a JSON value is, in words: "an array", "the text \"x\"", "the number 5". */
    public static String kind(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonArray()) {
            return "an array [ … ]";
        }
        if (e.isJsonObject()) {
            return "an object { … }";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isString() ? "the text " + p : p.isNumber() ? "the number " + p : "the value " + p;
    }

    private static JsonPrimitive primitive(JsonObject o, String member) throws IOException {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw new IOException("'" + member + "' holds " + kind(e) + " where a single value belongs");
        }
        return e.getAsJsonPrimitive();
    }

    /** Whether Gson's "line L column C" is past the last character that is not white space. */
    private static boolean atEnd(String text, String gsonMessage) {
        Matcher m = gsonMessage == null ? null : WHERE.matcher(gsonMessage);
        if (m == null || !m.find()) {
            return false;
        }
        int line = Integer.parseInt(m.group(1));
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return offset >= 0 && offset + Integer.parseInt(m.group(2)) - 1 >= text.stripTrailing().length();
    }

    private static String where(String gsonMessage) {
        Matcher m = gsonMessage == null ? null : WHERE.matcher(gsonMessage);
        return m != null && m.find() ? " at line " + m.group(1) + " column " + m.group(2) : "";
    }
}
