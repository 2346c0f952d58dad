package org.openjolo.indi.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a client's INDI stream, a sequence of top-level XML elements with no root, with the JDK's StAX parser:
 * the stream is read as the content of an implied root element. No DTDs, no external entities; a message larger
 * than {@link #MAX_MESSAGE} bytes, with more than {@link #MAX_MEMBERS} members or nested deeper than INDI's two
 * levels is refused, so a client cannot make the server hold an unbounded document.
 */
final class MessageReader {

    /** The largest message a client may send: INDI's new*Vector messages are a few hundred bytes. */
    static final int MAX_MESSAGE = 64 * 1024;
    static final int MAX_MEMBERS = 256;
    private static final int MAX_TEXT = 4096;

    /** A message the server refuses: malformed, oversized or not INDI. The client is told why and dropped. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Too many bytes without a complete message: thrown by the stream, so the parser never buffers them all. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Counts the bytes since the last complete message, so an oversized one is cut off while it arrives, before
     * the parser buffers it (the parser reads ahead in blocks: {@link #SLACK} more are allowed).
     */
    private static final class Counting extends FilterInputStream {
        private static final int SLACK = 16 * 1024;
        long count;
        long mark;
        boolean ended;

        private void check() throws TooLarge {
            if (count - mark > MAX_MESSAGE + SLACK) {
                throw new TooLarge();
            }
        }

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                check();
            } else {
                ended = true;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
                check();
            } else if (n < 0) {
                ended = true;
            }
            return n;
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private final Counting counting;
    private final XMLStreamReader xml;
    private long messageStart;

    MessageReader(InputStream in) throws Refused {
        counting = new Counting(in);
        InputStream wrapped = new SequenceInputStream(new ByteArrayInputStream("<indi>".getBytes(StandardCharsets.US_ASCII)), counting);
        try {
            xml = FACTORY.createXMLStreamReader(wrapped, "UTF-8");
        } catch (XMLStreamException e) {
            throw new Refused("Cannot read the stream: " + e.getMessage());
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /**
     * The next message, waiting for it.
     *
     * @return the message, or null when the client closed the stream between messages
     * @throws Refused     when the stream is not well-formed INDI XML or a message is too large
     * @throws IOException when the connection fails
     */
    Message next() throws Refused, IOException {
        try {
            // the first call reads the implied root's start
            while (true) {
                int event = nextEvent();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!rootSeen) {
                            // the implied root from the constructor
                            rootSeen = true;
                            continue;
                        }
                        messageStart = counting.count;
                        return message();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.COMMENT -> {
                        if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                            throw new Refused("Text outside an INDI element: '" + clip(xml.getText()) + "'");
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT, XMLStreamConstants.END_ELEMENT -> {
                        return null;
                    }
                    default -> {
                        // processing instructions and the like carry nothing for INDI
                    }
                }
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof TooLarge) {
                throw new Refused("A message larger than " + MAX_MESSAGE / 1024 + " KiB");
            }
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            if (counting.ended) {
                // the client closed the stream: the implied root is never closed, which the parser reports as an
                // error; whatever it left unfinished, there is nobody left to tell
                return null;
            }
            throw new Refused("Malformed XML: " + clip(e.getMessage().replaceAll("\\s+", " ")));
        }
    }

    private boolean rootSeen;

    private int nextEvent() throws XMLStreamException, Refused {
        int event = xml.next();
        if (messageStart > 0 && counting.count - messageStart > MAX_MESSAGE) {
            throw new Refused("A message larger than " + MAX_MESSAGE / 1024 + " KiB");
        }
        return event;
    }

    private Message message() throws XMLStreamException, Refused {
        String tag = xml.getLocalName();
        Map<String, String> attrs = attrs();
        List<Message.Member> children = new ArrayList<>();
        while (true) {
            int event = nextEvent();
            if (event == XMLStreamConstants.END_ELEMENT) {
                messageStart = 0;
                counting.mark = counting.count;
                return new Message(tag, attrs, children);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (children.size() >= MAX_MEMBERS) {
                    throw new Refused("A message with more than " + MAX_MEMBERS + " members");
                }
                String child = xml.getLocalName();
                Map<String, String> childAttrs = attrs();
                StringBuilder text = new StringBuilder();
                while (true) {
                    int e = nextEvent();
                    if (e == XMLStreamConstants.END_ELEMENT) {
                        break;
                    }
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        throw new Refused("INDI members hold text, not elements: <" + clip(xml.getLocalName()) + "> inside <" + clip(child) + ">");
                    }
                    if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.SPACE || e == XMLStreamConstants.CDATA) {
                        if (text.length() + xml.getTextLength() > MAX_TEXT) {
                            throw new Refused("A member's text is longer than " + MAX_TEXT + " characters");
                        }
                        text.append(xml.getText());
                    }
                }
                children.add(new Message.Member(child, childAttrs, text.toString().strip()));
            }
        }
    }

    private Map<String, String> attrs() throws Refused {
        if (xml.getAttributeCount() > 32) {
            throw new Refused("An element with more than 32 attributes");
        }
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            a.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return a;
    }

    static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
