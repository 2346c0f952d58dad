package org.openjolo.indi.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writes the server's INDI messages: escaped attributes and text, INDI's UTC timestamps. */
final class Xml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private Xml() {
    }

    static String now() {
        return TIME.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Escapes text for a double-quoted attribute or element content (apostrophes stay: messages read better in
     * clients that show them raw); characters XML 1.0 cannot carry become '?'.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF ? '?' : c);
            }
        }
        return b.toString();
    }

    /** The defXVector of a property with its values now. */
    static String def(String device, Vec v, Vec.Values values) {
        StringBuilder b = new StringBuilder(256);
        String tag = "def" + v.kind.tag;
        b.append('<').append(tag).append("Vector device=\"").append(esc(device)).append("\" name=\"").append(v.name).append("\" label=\"").append(esc(v.label))
                .append("\" group=\"").append(esc(v.group)).append("\" state=\"").append(values.state()).append('"');
        if (v.kind != Vec.Kind.LIGHT) {
            b.append(" perm=\"").append(v.writable ? "rw" : "ro").append("\" timeout=\"60\"");
        }
        if (v.kind == Vec.Kind.SWITCH) {
            b.append(" rule=\"").append(v.rule).append('"');
        }
        b.append(" timestamp=\"").append(now()).append("\">\n");
        for (int i = 0; i < v.elements.size(); i++) {
            Vec.Element e = v.elements.get(i);
            b.append("  <").append(tag).append(" name=\"").append(esc(e.name())).append("\" label=\"").append(esc(e.label())).append('"');
            if (v.kind == Vec.Kind.NUMBER) {
                b.append(" format=\"").append(esc(e.format())).append("\" min=\"").append(num(e.min())).append("\" max=\"").append(num(e.maximum()))
                        .append("\" step=\"").append(num(e.step())).append('"');
            }
            b.append(">\n").append(esc(values.values().get(i))).append("\n  </").append(tag).append(">\n");
        }
        return b.append("</").append(tag).append("Vector>\n").toString();
    }

    /** The setXVector carrying a property's values now. */
    static String set(String device, Vec v, Vec.Values values, String message) {
        StringBuilder b = new StringBuilder(160);
        String one = "one" + v.kind.tag;
        b.append("<set").append(v.kind.tag).append("Vector device=\"").append(esc(device)).append("\" name=\"").append(v.name).append("\" state=\"")
                .append(values.state()).append('"');
        if (v.kind != Vec.Kind.LIGHT) {
            b.append(" timeout=\"60\"");
        }
        b.append(" timestamp=\"").append(now()).append('"');
        if (message != null) {
            b.append(" message=\"").append(esc(message)).append('"');
        }
        b.append(">\n");
        for (int i = 0; i < v.elements.size(); i++) {
            b.append("  <").append(one).append(" name=\"").append(esc(v.elements.get(i).name())).append("\">\n").append(esc(values.values().get(i)))
                    .append("\n  </").append(one).append(">\n");
        }
        return b.append("</set").append(v.kind.tag).append("Vector>\n").toString();
    }

    /** delProperty for one property, or for the whole device when {@code name} is null. */
    static String del(String device, String name, String message) {
        return "<delProperty device=\"" + esc(device) + "\"" + (name == null ? "" : " name=\"" + esc(name) + "\"") + " timestamp=\"" + now() + "\""
                + (message == null ? "" : " message=\"" + esc(message) + "\"") + "/>\n";
    }

    /** A message, for one device or for the client in general when {@code device} is null. */
    static String message(String device, String text) {
        return "<message" + (device == null ? "" : " device=\"" + esc(device) + "\"") + " timestamp=\"" + now() + "\" message=\"" + esc(text) + "\"/>\n";
    }

    /** A number as INDI writes it: whole numbers without a fraction. */
    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
