package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.Telemetry;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.AlpacaClient;
import org.openjolo.testing.Services;

/**
 * GET throughput and latency of the Alpaca server on loopback, against the floor it aims at: the JDK's bare HTTP
 * server with the same 8 request threads answering a fixed JSON reply, measured in the same run with the same
 * load. The load comes from a process of its own ({@code releng/benchmarks/load/HttpLoad.java}: 1 to 16 clients,
 * each on its own keep-alive connection) so that it can saturate the server without sharing its JVM; the
 * simulated AstroLink 4 USB's refresh rate is counted meanwhile (paced at 38400 baud on a pseudo-terminal).
 * Prints numbers; not part of the normal test run (the class name does not end in Test). Run with
 * {@code releng/benchmarks/alpaca-load.sh}.
 */
class AlpacaLoadBenchmark {

    private static final int SECONDS = 5;
    private static final Path LOAD = Path.of("../../releng/benchmarks/load");

    @TempDir
    Path dir;

    @Test
    void getThroughputAndP99AgainstABareJdkServerWhileTheDeviceKeepsItsRefreshRate() throws Exception {
        AlpacaServer server = Services.await(AlpacaServer.class);
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        Process bare = java("BareJsonServer.java");
        try (SimulatedDevice sim = Services.await(Simulator.class).start("astrolink4", HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyLoad")))) {
            String portLine = new java.io.BufferedReader(new java.io.InputStreamReader(bare.getInputStream())).readLine();
            int barePort = Integer.parseInt(portLine.substring("port ".length()));
            Device device = registry.connect("astrolink4", sim.address()).get(15, TimeUnit.SECONDS);
            int n = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key()) && s.deviceType().equals("focuser"))
                    .mapToInt(ServedDevice::number).findFirst().orElseThrow();
            String position = "/api/v1/focuser/" + n + "/position";
            AtomicInteger snapshots = new AtomicInteger();
            DeviceListener counter = new DeviceListener() {
                @Override
                public void telemetry(Device d, Telemetry t) {
                    snapshots.incrementAndGet();
                }
            };
            device.addListener(counter);
            int port = server.address().orElseThrow().getPort();
            // Connected is kept per client; the load sends no ClientID (0), so client 0 connects once
            assertTrue(new AlpacaClient(port, 0).put(position.replace("position", "connected"), Map.of("Connected", "True")).error() == 0);
            for (int clients : new int[] { 1, 4, 8, 16 }) {
                double[] floor = load("http://127.0.0.1:" + barePort + position, clients);
                int before = snapshots.get();
                long t0 = System.nanoTime();
                double[] ours = load("http://127.0.0.1:" + port + position + "?ClientID=0", clients);
                double refresh = (snapshots.get() - before) / ((System.nanoTime() - t0) / 1e9);
                System.out.printf(Locale.ROOT, "alpaca %2d clients  bare JDK %7.0f GET/s p99 %6.2f ms | OpenJolo %7.0f GET/s p50 %5.2f ms p99 %6.2f ms"
                        + " errors %.0f | ratio %.2f | device refresh %.2f Hz%n", clients, floor[0], floor[2], ours[0], ours[1], ours[2], ours[3],
                        ours[0] / floor[0], refresh);
            }
            device.removeListener(counter);
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        } finally {
            bare.getOutputStream().close();
            bare.destroy();
        }
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
    }

    /** Requests per second, p50 and p99 in ms, errors: from a load process of its own. */
    private static double[] load(String url, int clients) throws Exception {
        Process p = java("HttpLoad.java", url, Integer.toString(clients), Integer.toString(SECONDS));
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0 || !out.startsWith("load ")) {
            throw new AssertionError("the load process failed: " + out + new String(p.getErrorStream().readAllBytes()));
        }
        String[] f = out.split(" ");
        return new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]) };
    }

    /** A single-file Java program of releng/benchmarks/load in a JVM of its own. */
    private static Process java(String program, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                LOAD.resolve(program).toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
