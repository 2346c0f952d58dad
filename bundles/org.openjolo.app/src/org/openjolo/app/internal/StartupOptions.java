package org.openjolo.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.openjolo.core.ConnectionSpec;

/**
 * The workbench's own program arguments: {@code -connect family@port} and {@code -simulate family} (both
 * repeatable) connect those at start instead of the remembered devices; {@code -noreconnect} starts with
 * nothing connected. Other arguments belong to Equinox and E4 and are left alone.
 */
final class StartupOptions {

    final List<ConnectionSpec> connections = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean reconnect = true;

    static StartupOptions parse(String[] args) {
        StartupOptions o = new StartupOptions();
        for (int i = 0; args != null && i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-connect", "--connect" -> {
                    if (i + 1 >= args.length) {
                        o.errors.add(a + " needs family@port, e.g. -connect astrolink4@/dev/ttyUSB0");
                    } else {
                        try {
                            o.connections.add(ConnectionSpec.parse(args[++i]));
                        } catch (IllegalArgumentException e) {
                            o.errors.add("Ignoring " + a + " " + args[i] + ": " + e.getMessage());
                        }
                    }
                }
                case "-simulate", "--simulate" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                        o.errors.add(a + " needs a family id, e.g. -simulate astrolink4");
                    } else {
                        o.connections.add(ConnectionSpec.simulated(args[++i]));
                    }
                }
                case "-noreconnect", "--noreconnect" -> o.reconnect = false;
                default -> {
                    // an Equinox or E4 argument
                }
            }
        }
        return o;
    }
}
