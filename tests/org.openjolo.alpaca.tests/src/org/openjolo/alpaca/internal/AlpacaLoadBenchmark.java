package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * GET throughput and latency of the Alpaca server on loopback with 1 to 16 concurrent clients, and the device's
 * telemetry refresh rate meanwhile, against a simulated AstroLink 4 USB paced at its baud rate on a
 * pseudo-terminal. Prints numbers; not part of the normal test run (the class name does not end in Test). Run
 * with {@code releng/benchmarks/alpaca-load.sh}.
 */
class AlpacaLoadBenchmark {

    private static final Duration RUN = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void getThroughputAndP99WhileTheDeviceKeepsItsRefreshRate() throws Exception {
        AlpacaServer server = Services.await(AlpacaServer.class);
        server.configure(AlpacaSettings.DEFAULT.withPort(0));
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        try (SimulatedDevice sim = Services.await(Simulator.class).start("astrolink4", HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyLoad")))) {
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
            measure("idle (no clients)", 0, port, position, snapshots);
            for (int clients : new int[] { 1, 4, 8, 16 }) {
                measure(clients + " clients", clients, port, position, snapshots);
            }
            device.removeListener(counter);
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
        server.configure(AlpacaSettings.DEFAULT);
    }

    private static void measure(String label, int clients, int port, String path, AtomicInteger snapshots) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients));
        List<Future<List<Long>>> runs = new ArrayList<>();
        long end = System.nanoTime() + RUN.toNanos();
        int before = snapshots.get();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            AlpacaClient c = new AlpacaClient(port, 1000 + i);
            assertTrue(c.put(path.replace("position", "connected"), Map.of("Connected", "True")).error() == 0);
            runs.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    c.get(path).value();
                    latencies.add(System.nanoTime() - t0);
                }
                return latencies;
            }));
        }
        if (clients == 0) {
            Thread.sleep(RUN.toMillis());
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> r : runs) {
            all.addAll(r.get(RUN.toSeconds() + 30, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double refresh = (snapshots.get() - before) / seconds;
        if (all.isEmpty()) {
            System.out.printf(Locale.ROOT, "alpaca %-18s device refresh %.2f Hz%n", label, refresh);
            return;
        }
        all.sort(null);
        System.out.printf(Locale.ROOT, "alpaca %-18s %8.0f GET/s  p50 %6.2f ms  p99 %6.2f ms  device refresh %.2f Hz%n", label, all.size() / seconds,
                all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6, refresh);
    }
}
