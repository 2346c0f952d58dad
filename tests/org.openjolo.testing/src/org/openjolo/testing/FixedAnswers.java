package org.openjolo.testing;

import java.util.Map;

import org.openjolo.core.spi.VirtualDevice;

/**
 * A foreign device for handshake tests: it answers each request of {@code answers} with its line and any other
 * request with the request's letter and ':' (an acknowledgement, so a driver that writes anyway is caught by the
 * requests recorded on its link, not by a timeout).
 */
public final class FixedAnswers implements VirtualDevice {

    private final String description;
    private final int baudRate;
    private final Map<String, String> answers;

    /**
     * @param description what it is, for messages ("an AstroLink")
     * @param baudRate    its line speed
     * @param answers     request → reply line
     */
    public FixedAnswers(String description, int baudRate, Map<String, String> answers) {
        this.description = description;
        this.baudRate = baudRate;
        this.answers = Map.copyOf(answers);
    }

    @Override
    public String familyId() {
        return "foreign";
    }

    @Override
    public int baudRate() {
        return baudRate;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String handle(String request) {
        return request.isEmpty() ? null : answers.getOrDefault(request, request.charAt(0) + ":");
    }
}
