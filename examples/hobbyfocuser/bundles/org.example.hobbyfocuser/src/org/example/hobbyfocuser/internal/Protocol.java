package org.example.hobbyfocuser.internal;

import org.openjolo.core.io.ProtocolException;

/**
 * The hobby focuser's protocol: one ASCII line each way, LF-terminated.
 *
 * <pre>
 * ?          -> HOBBY &lt;version&gt;          identify
 * S          -> S &lt;position&gt; &lt;moving 0|1&gt; &lt;max&gt;   status
 * G &lt;n&gt;      -> OK                      go to n (refused with ERR beyond 0..max)
 * Z &lt;n&gt;      -> OK                      this position is n
 * H          -> OK                      halt
 * </pre>
 */
final class Protocol {

    private Protocol() {
    }

    static final String IDENTIFY = "?";
    static final String STATUS = "S";
    static final String HALT = "H";
    static final String IDENTITY_PREFIX = "HOBBY ";

    static String goTo(int target) {
        return "G " + target;
    }

    static String sync(int position) {
        return "Z " + position;
    }

    /** A parsed status reply. */
    record Status(int position, boolean moving, int max) {

        static Status parse(String reply) throws ProtocolException {
            String[] t = reply == null ? new String[0] : reply.strip().split(" ");
            if (t.length != 4 || !t[0].equals("S")) {
                throw new ProtocolException("Not a status reply", reply);
            }
            if (!t[2].equals("0") && !t[2].equals("1")) {
                throw new ProtocolException("The moving flag is not 0 or 1", reply);
            }
            try {
                return new Status(Integer.parseInt(t[1]), t[2].equals("1"), Integer.parseInt(t[3]));
            } catch (NumberFormatException e) {
                throw new ProtocolException("A status field is not a number", reply);
            }
        }
    }

    /** Checks a command's answer. */
    static Void ok(String reply) throws ProtocolException {
        if (!"OK".equals(reply)) {
            throw new ProtocolException("The focuser refused the command", reply);
        }
        return null;
    }
}
