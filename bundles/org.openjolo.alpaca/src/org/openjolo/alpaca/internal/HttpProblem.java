package org.openjolo.alpaca.internal;

/** A request the server cannot take: answered with an HTTP error status and the reason as plain text. */
final class HttpProblem extends Exception {
    private static final long serialVersionUID = 1L;

    final int status;

    HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }
}
