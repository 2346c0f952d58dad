package org.openjolo.indi.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real INDI command line clients from Debian's indi-bin ({@code indi_getprop}, {@code indi_setprop},
 * {@code indi_eval}) against a server, as a user's script would.
 */
final class IndiTools {

    /** What a tool printed and how it ended. */
    record Run(int exit, String out, String err) {
    }

    private IndiTools() {
    }

    static Run run(List<String> command, long seconds) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command);
        Process p = b.start();
        // read both streams fully, so a chatty tool never blocks on a full pipe
        var out = new java.util.concurrent.CompletableFuture<String>();
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> out.complete(read(p.getInputStream())));
        Thread.ofVirtual().start(() -> err.complete(read(p.getErrorStream())));
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within " + seconds + " s");
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** {@code indi_getprop} of the patterns: every "device.property.element=value" line it printed. */
    static Map<String, String> getprop(int port, String... patterns) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("indi_getprop", "-h", "127.0.0.1", "-p", Integer.toString(port), "-t", "2"));
        command.addAll(List.of(patterns));
        Run r = run(command, 30);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : r.out().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    /** {@code indi_setprop} of "device.property.element=value" settings. */
    static Run setprop(int port, String... settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("indi_setprop", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        command.addAll(List.of(settings));
        return run(command, 30);
    }

    /** {@code indi_eval -w}: waits until the expression over "device.property.element" operands is true. */
    static Run evalWait(int port, int seconds, String expression) throws IOException, InterruptedException {
        return run(List.of("indi_eval", "-h", "127.0.0.1", "-p", Integer.toString(port), "-t", Integer.toString(seconds), "-w", expression), seconds + 10);
    }

    /** One value by {@code indi_getprop}, "" when it is not there or the tool failed (for polling in Await). */
    static String getpropQuietly(int port, String property) {
        return getpropQuietlyAll(port, property).getOrDefault(property, "");
    }

    /** {@link #getprop}, empty when the tool failed (for polling in Await). */
    static Map<String, String> getpropQuietlyAll(int port, String... patterns) {
        try {
            return getprop(port, patterns);
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
