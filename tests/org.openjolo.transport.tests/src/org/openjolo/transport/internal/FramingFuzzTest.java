package org.openjolo.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openjolo.testing.Fuzz;
import org.openjolo.transport.TransportAddress;

/**
 * The line framing every transport shares, fed arbitrary bytes in arbitrary chunks as a serial line or socket
 * may deliver them: the reply is exactly the bytes before the first LF (one trailing CR dropped), or an
 * {@link IOException} when no line comes; never anything else.
 */
class FramingFuzzTest {

    /** A channel that delivers the given bytes in random chunks, then reports the link gone. */
    private static final class Bytes extends LineTransport {
        private final byte[] data;
        private final Fuzz fuzz;
        private int at;

        Bytes(byte[] data, Fuzz fuzz) {
            super(TransportAddress.serial("fuzz"), 38400, new PortLocks());
            this.data = data;
            this.fuzz = fuzz;
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }

        @Override
        protected void discardInput() {
        }

        @Override
        protected void write(byte[] bytes) {
        }

        @Override
        protected int read(byte[] into, int timeoutMs) {
            if (at >= data.length) {
                return -1;
            }
            int n = Math.min(data.length - at, 1 + fuzz.nextInt(into.length));
            System.arraycopy(data, at, into, 0, n);
            at += n;
            return n;
        }
    }

    private static byte[] anyReply(Fuzz f) {
        byte[] b = f.chance(0.3) ? f.bytes(LineTransport.MAX_LINE + 100) : f.bytes(120);
        if (f.chance(0.7) && b.length > 0) {
            b[f.nextInt(b.length)] = '\n';
        }
        return b;
    }

    @Test
    void anyBytesGiveTheLineBeforeTheFirstLineFeedOrAnIoError() {
        Fuzz fuzz = Fuzz.forTest("LineTransport framing", 20_000);
        fuzz.forAll(FramingFuzzTest::anyReply, bytes -> {
            Bytes t = new Bytes(bytes, fuzz);
            t.open();
            int lf = -1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lf = i;
                    break;
                }
            }
            Throwable failed = Fuzz.onlyThrows(() -> t.exchange("q", Duration.ofSeconds(5)), IOException.class);
            if (lf < 0 || lf > LineTransport.MAX_LINE) {
                assertTrue(failed != null, "no line within " + LineTransport.MAX_LINE + " bytes must be an error");
                return;
            }
            assertTrue(failed == null, "a line came: " + failed);
            t.close();
            Bytes again = new Bytes(bytes, fuzz);
            again.open();
            int end = lf > 0 && bytes[lf - 1] == '\r' ? lf - 1 : lf;
            assertEquals(new String(Arrays.copyOf(bytes, end), StandardCharsets.ISO_8859_1), again.exchange("q", Duration.ofSeconds(5)));
        });
    }
}
