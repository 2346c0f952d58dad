package org.openjolo.indi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One message a client sent: a top-level INDI element with its attributes and its child elements (the
 * {@code oneNumber}/{@code oneSwitch}/{@code oneText} members), each with its text.
 *
 * @param tag      the element's name ({@code getProperties}, {@code newNumberVector}…)
 * @param attrs    its attributes
 * @param children its child elements, in order
 */
record Message(String tag, Map<String, String> attrs, List<Member> children) {

    /** A child element: its name, attributes and text. */
    record Member(String tag, Map<String, String> attrs, String text) {
        String attr(String name) {
            return attrs.get(name);
        }
    }

    Message {
        attrs = Map.copyOf(attrs);
        children = List.copyOf(new ArrayList<>(children));
    }

    String attr(String name) {
        return attrs.get(name);
    }
}
