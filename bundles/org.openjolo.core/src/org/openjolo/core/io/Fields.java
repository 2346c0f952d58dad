package org.openjolo.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;


/**
 * A reply of the astrojolo firmwares ({@code q:12000:0:...}) split on ':' the way the makers' drivers split
 * it: interior empty fields kept, one trailing empty field dropped. Token 0 is the echoed command letter;
 * "field n" is token n. The firmware's refusal ({@code X: error}) is a {@link ProtocolException}.
 */
public final class Fields {

    private final String reply;
    private final List<String> tokens;

    private Fields(String reply, List<String> tokens) {
        this.reply = reply;
        this.tokens = tokens;
    }

    /**
     * Splits {@code reply} and checks that it echoes {@code letter}.
     *
     * @throws ProtocolException when the reply is empty, echoes another letter, or is the firmware's error answer
     */
    public static Fields parse(char letter, String reply) throws ProtocolException {
        if (reply == null || reply.isEmpty()) {
            throw new ProtocolException("Empty reply to '" + letter + "'", reply);
        }
        if (reply.charAt(0) != letter) {
            throw new ProtocolException("Reply to '" + letter + "' does not echo the command letter", reply);
        }
        if (reply.length() > 1 && reply.charAt(1) != ':') {
            throw new ProtocolException("Reply to '" + letter + "' lacks the ':' after the letter", reply);
        }
        List<String> tokens = new ArrayList<>(List.of(reply.split(":", -1)));
        if (tokens.size() > 1 && tokens.get(tokens.size() - 1).isEmpty()) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() == 2 && tokens.get(1).strip().toLowerCase(Locale.ROOT).equals("error")) {
            throw new ProtocolException("The device refused '" + letter + "'", reply);
        }
        return new Fields(reply, Collections.unmodifiableList(tokens));
    }

    /**
     * Checks an action's acknowledgement ({@code R:}, {@code H:}...): it must echo {@code letter} and not be the
     * firmware's error answer.
     *
     * @return null, so a command task can {@code return Fields.ack(...)}
     */
    public static Void ack(char letter, String reply) throws ProtocolException {
        parse(letter, reply);
        return null;
    }

    /**
     * Checks an identify reply the way the makers' drivers do, by its prefix ({@code #:AstroLink4mini}).
     *
     * @param model    the model's name for people, for the refusal
     * @param baudRate the line speed asked at, for the refusal
     * @return the identification without the letter and ':' ({@code AstroLink4mini})
     * @throws org.openjolo.core.DeviceException {@code PROTOCOL_ERROR} naming what was expected when the prefix differs
     */
    public static String identify(String reply, String prefix, String model, int baudRate) throws org.openjolo.core.DeviceException {
        if (reply == null || !reply.startsWith(prefix)) {
            // "an AstroLink 4 USB", "a FocuserOne"
            String article = "AEIOU".indexOf(Character.toUpperCase(model.charAt(0))) >= 0 ? "an " : "a ";
            throw new org.openjolo.core.DeviceException(org.openjolo.core.DeviceException.Reason.PROTOCOL_ERROR, "The device answered '" + reply
                    + "' to the identify request: not " + article + model + " (expected '" + prefix + "...' at " + baudRate + " baud)");
        }
        return reply.substring(2);
    }

    /** Number of fields after the letter. */
    public int count() {
        return tokens.size() - 1;
    }

    /** The raw text of field {@code n} (1-based). */
    public String text(int n) throws ProtocolException {
        if (n < 1 || n >= tokens.size()) {
            throw new ProtocolException("Reply has " + count() + " fields, field " + n + " is missing", reply);
        }
        return tokens.get(n);
    }

    /** Field {@code n} as an integer. */
    public int integer(int n, String name) throws ProtocolException {
        String t = text(n).strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new ProtocolException("Field " + n + " (" + name + ") is not an integer", reply);
        }
    }

    /** Field {@code n} as a finite decimal number. */
    public double decimal(int n, String name) throws ProtocolException {
        String t = text(n).strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ProtocolException("Field " + n + " (" + name + ") is not a number", reply);
        }
        if (!Double.isFinite(v) || t.chars().anyMatch(Character::isLetter)) {
            throw new ProtocolException("Field " + n + " (" + name + ") is not a finite decimal number", reply);
        }
        return v;
    }

    /** Field {@code n} as a flag: 0 is false, anything else numeric is true. */
    public boolean flag(int n, String name) throws ProtocolException {
        return integer(n, name) != 0;
    }


    /** The original reply. */
    public String reply() {
        return reply;
    }

    /** All tokens, letter first (for read-modify-write). */
    public List<String> tokens() {
        return tokens;
    }
}
