package org.openjolo.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.alerts.Alerts;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.alpaca.AlpacaServer;
import org.openjolo.alpaca.AlpacaSettings;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.charts.ChartSettings;
import org.openjolo.core.ConnectionState;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceListener;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.Telemetry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.simulator.Simulator;
import org.openjolo.testing.Services;

/**
 * A night at the observatory in time lapse: an AstroLink 4 USB, an AstroLink 4 mini and a FocuserLink on
 * pseudo-terminals (unpaced), polled every {@code openjolo.io.pollPeriodMs} instead of 500 ms, with charts and
 * CSV logging, alert rules on every device, four Alpaca clients polling and focusers moving now and then. Prints
 * the heap after a full GC, the threads and the polls done, once per simulated hour (7 200 polls per device); not
 * part of the normal test run. Run with {@code releng/benchmarks/soak.sh}.
 */
class SoakBenchmark {

    private static final String[] FAMILIES = { "astrolink4", "astrolink4mini", "focuserlink" };

    @TempDir
    Path dir;

    @Test
    void aNightOfPollingChartsLogsAlertsAndAlpacaClientsKeepsTheHeapFlat() throws Exception {
        double hours = Double.parseDouble(System.getProperty("openjolo.soak.hours", "12"));
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        ChartRecorder recorder = Services.await(ChartRecorder.class);
        Alerts alerts = Services.await(Alerts.class);
        AlpacaServer alpaca = Services.await(AlpacaServer.class);
        recorder.setSettings(new ChartSettings(Duration.ofSeconds(1), Duration.ofHours(24), true));
        alpaca.configure(AlpacaSettings.DEFAULT.withPort(0));

        List<SimulatedDevice> sims = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        AtomicLong polls = new AtomicLong();
        DeviceListener counter = new DeviceListener() {
            @Override
            public void telemetry(Device d, Telemetry t) {
                polls.incrementAndGet();
            }
        };
        for (String family : FAMILIES) {
            SimulatedDevice sim = Services.await(Simulator.class).start(family, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("tty-" + family)));
            sims.add(sim);
            Device d = registry.connect(family, sim.address()).get(15, TimeUnit.SECONDS);
            d.addListener(counter);
            devices.add(d);
            // the default power and sky rules apply by themselves; one rule of the operator's own on top
            alerts.addRule(d, DefaultRules.custom(StandardTelemetry.FOCUSER_POSITION.id(), "Position", 60_000));
        }

        int port = alpaca.address().orElseThrow().getPort();
        List<String> paths = alpaca.devices().stream().filter(s -> s.deviceType().equals("focuser"))
                .map(s -> "/api/v1/focuser/" + s.number() + "/position").toList();
        List<String> more = alpaca.devices().stream().filter(s -> s.deviceType().equals("observingconditions"))
                .map(s -> "/api/v1/observingconditions/" + s.number() + "/temperature").toList();
        List<String> all = new ArrayList<>(paths);
        all.addAll(more);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong gets = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int id = c;
            clients.submit(() -> {
                HttpClient http = HttpClient.newHttpClient();
                int transaction = 0;
                while (running.get()) {
                    String path = all.get((int) (gets.get() % all.size()));
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path
                                + "?ClientID=" + (100 + id) + "&ClientTransactionID=" + (++transaction))).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        gets.incrementAndGet();
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        SplittableRandom random = new SplittableRandom(7);
        long pollsPerHour = 7200L * devices.size();
        long target = (long) (hours * pollsPerHour);
        long start = System.nanoTime();
        List<Double> heap = new ArrayList<>();
        System.out.printf(Locale.ROOT, "soak start: %d devices, poll period %s ms, %.1f simulated hours (%d polls)%n", devices.size(),
                System.getProperty("openjolo.io.pollPeriodMs", "500"), hours, target);
        int hour = 0;
        while (polls.get() < target) {
            Thread.sleep(1000);
            for (Device d : devices) {
                if (random.nextInt(20) == 0) {
                    d.capability(Focuser.class).ifPresent(f -> f.moveTo(5_000 + random.nextInt(10_000)));
                }
            }
            if (polls.get() >= (hour + 1) * pollsPerHour || polls.get() >= target) {
                hour++;
                System.gc();
                double used = memory.getHeapMemoryUsage().getUsed() / 1e6;
                heap.add(used);
                System.out.printf(Locale.ROOT, "soak hour %5.1f  wall %6.1f s  heap after GC %6.1f MB  threads %3d  polls %8d  alpaca GETs %8d (failed %d)  states %s%n",
                        polls.get() / (double) pollsPerHour, (System.nanoTime() - start) / 1e9, used, Thread.activeCount(), polls.get(), gets.get(),
                        failures.get(), devices.stream().map(d -> d.state().name()).toList());
            }
        }
        running.set(false);
        clients.shutdownNow();
        clients.awaitTermination(10, TimeUnit.SECONDS);
        double first = heap.get(Math.min(1, heap.size() - 1));
        double last = heap.getLast();
        System.out.printf(Locale.ROOT, "soak end: heap after GC from hour 2 %.1f MB to hour %d %.1f MB (max %.1f MB); %d Alpaca GETs, %d failed%n",
                first, heap.size(), last, heap.stream().mapToDouble(Double::doubleValue).max().orElse(0), gets.get(), failures.get());
        for (Device d : devices) {
            assertEquals(ConnectionState.CONNECTED, d.state(), d + " stayed connected");
            registry.disconnect(d).get(10, TimeUnit.SECONDS);
        }
        sims.forEach(SimulatedDevice::close);
        recorder.setSettings(ChartSettings.DEFAULTS);
        alpaca.configure(AlpacaSettings.DEFAULT);
    }
}
