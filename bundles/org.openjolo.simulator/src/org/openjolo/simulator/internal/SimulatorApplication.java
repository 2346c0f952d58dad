package org.openjolo.simulator.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The standalone simulator ({@code openjolo-simulator} script): serves virtual devices on pseudo-terminals or
 * TCP ports so other programs can be tried without hardware, and prints where they listen.
 */
public final class SimulatorApplication implements IApplication {

    static final String USAGE = """
            usage: openjolo-simulator [--family ID] [--pty [--link PATH] | --tcp PORT] [--unpaced]
              --family ID   device family to simulate (default astrolink4); repeat for several devices
              --pty         serve on a pseudo-terminal (default on Linux and macOS)
              --link PATH   also make PATH a symbolic link to the pseudo-terminal
              --tcp PORT    serve on TCP PORT on 127.0.0.1 (0 = any free port; default on Windows)
              --unpaced     answer as fast as possible instead of at the device's baud rate
            """;

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        PrintStream out = System.out;
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return Integer.valueOf(2);
        }
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<Simulator, Simulator> tracker = new ServiceTracker<>(bc, Simulator.class, null);
        tracker.open();
        List<SimulatedDevice> devices = new ArrayList<>();
        try {
            Simulator simulator = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            if (simulator == null) {
                System.err.println("The simulator service did not start (is Declarative Services running?)");
                return Integer.valueOf(1);
            }
            context.applicationRunning();
            for (String family : options.families) {
                HostOptions host = new HostOptions(!options.unpaced, options.families.size() == 1 ? options.link : null,
                        options.kind == HostKind.TCP && options.families.size() == 1 ? options.tcpPort : 0);
                SimulatedDevice d = startWhenInstalled(simulator, family, options.kind, host);
                devices.add(d);
                out.println("Serving " + d.describe());
                out.println("  connect with: " + family + "@" + d.address());
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "openjolo-simulator-stop"));
            stop.await();
            return IApplication.EXIT_OK;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Cannot start the simulator: " + e.getMessage());
            return Integer.valueOf(1);
        } finally {
            devices.forEach(SimulatedDevice::close);
            tracker.close();
        }
    }

    /** Families register as their bundles start; give them a moment before saying one is missing. */
    private static SimulatedDevice startWhenInstalled(Simulator simulator, String family, HostKind kind, HostOptions host)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return simulator.start(family, kind, host);
            } catch (IllegalArgumentException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void stop() {
        stop.countDown();
    }

    /** Parsed command line. */
    static final class Options {
        final List<String> families = new ArrayList<>();
        HostKind kind = HostKind.platformDefault();
        Path link;
        int tcpPort;
        boolean unpaced;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--family" -> o.families.add(value(args, ++i, a));
                    case "--pty" -> o.kind = HostKind.PTY;
                    case "--link" -> o.link = Path.of(value(args, ++i, a));
                    case "--tcp" -> {
                        o.kind = HostKind.TCP;
                        String v = value(args, ++i, a);
                        try {
                            o.tcpPort = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--tcp needs a port number 0-65535, not '" + v + "'");
                        }
                        if (o.tcpPort < 0 || o.tcpPort > 65535) {
                            throw new IllegalArgumentException("--tcp needs a port number 0-65535, not " + o.tcpPort);
                        }
                    }
                    case "--unpaced" -> o.unpaced = true;
                    default -> {
                        // Equinox passes its own arguments through (-consoleLog, -nosplash...): ignore them
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("Unknown option " + a);
                        }
                    }
                }
            }
            if (o.families.isEmpty()) {
                o.families.add("astrolink4");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
