package org.openjolo.charts.ui.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openjolo.charts.ChartSettings;
import org.openjolo.charts.ChartStore;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.testing.ui.WorkbenchHarness;
import org.openjolo.transport.TransportAddress;

/**
 * Not a test: the chart benchmark (releng/benchmarks/charts-redraw.sh runs it with -Dopenjolo.benchmark=true).
 * Loads 24 h of 1 s points for every series an AstroLink 4 USB reports into the Charts part and prints the
 * redraw times of the whole day, zoomed windows and pan steps, and the heap before and after. Numbers only:
 * nothing here passes or fails on time.
 */
class ChartRedrawBenchmark {

    static final String PROPERTY = "openjolo.benchmark";

    @Test
    void redrawTimesWith24HoursOfAllSeries() throws Throwable {
        Assumptions.assumeTrue(Boolean.getBoolean(PROPERTY), "benchmark: run releng/benchmarks/charts-redraw.sh");
        WorkbenchHarness.run(w -> {
            long heapBefore = heap();
            ChartStore day = day();
            long heapLoaded = heap();
            w.show(ChartPartTest.PART);
            ChartPart part = w.object(ChartPartTest.PART, ChartPart.class);
            w.ui(() -> part.showData(day));
            long[] span = day.span().orElseThrow();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "chart store: %d points x %d series, %.1f MB of arrays; heap %d MB before, %d MB loaded",
                    day.size(), day.series().size(), day.bytes() / 1e6, heapBefore >> 20, heapLoaded >> 20));
            for (ChartView v : w.ui(part::offered)) {
                lines.add(time("whole day, " + v.label(), w, () -> part.show(v.id())));
            }
            w.ui(() -> part.show(ChartView.ENVIRONMENT));
            for (long hours : new long[] {8, 1}) {
                long from = span[0] + Duration.ofHours(6).toMillis();
                lines.add(time("zoom to " + hours + " h (Environment)", w, () -> part.zoomTo(from, from + Duration.ofHours(hours).toMillis())));
            }
            long width = Duration.ofHours(1).toMillis();
            double[] pans = new double[50];
            for (int i = 0; i < pans.length; i++) {
                long from = span[0] + i * 10 * 60_000L;
                long t0 = System.nanoTime();
                w.ui(() -> {
                    part.zoomTo(from, from + width);
                    part.chart().redraw();
                    part.chart().update();
                });
                pans[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(pans);
            lines.add(String.format(Locale.ROOT, "pan 1 h window in 10 min steps: median %.1f ms, worst %.1f ms (%d steps)", pans[pans.length / 2],
                    pans[pans.length - 1], pans.length));
            lines.add(String.format(Locale.ROOT, "heap after drawing: %d MB", heap() >> 20));
            lines.forEach(l -> System.out.println("BENCHMARK " + l));
        });
    }

    private static String time(String what, WorkbenchHarness w, Runnable action) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            w.ui(() -> {
                action.run();
                // paint now, not later: the time includes drawing
                org.eclipse.swt.widgets.Display.getCurrent().update();
            });
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return String.format(Locale.ROOT, "%s: %.1f ms (best of 5)", what, best);
    }

    private static long heap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** 24 h of 1 s points for everything an AstroLink 4 USB reports, with some movement in each series. */
    private static ChartStore day() {
        ChartSettings s = new ChartSettings(Duration.ofSeconds(1), Duration.ofHours(24), false);
        // described as an AstroLink 4 USB, so the part offers its views
        ChartStore store = new ChartStore(new DeviceIdentity("astrolink4", "AstroLink 4 USB (benchmark)", "", TransportAddress.serial("/dev/bench")),
                ChartViewTest.astroLink4(), s.capacity());
        List<TelemetryKey<?>> keys = new ArrayList<>(List.of(StandardTelemetry.FOCUSER_POSITION, StandardTelemetry.TEMPERATURE_1, StandardTelemetry.HUMIDITY_1,
                StandardTelemetry.DEW_POINT_1, StandardTelemetry.TEMPERATURE_2, StandardTelemetry.HUMIDITY_2, StandardTelemetry.DEW_POINT_2,
                StandardTelemetry.SKY_TEMPERATURE, StandardTelemetry.SKY_AMBIENT_DIFFERENCE, StandardTelemetry.SKY_QUALITY, StandardTelemetry.INPUT_VOLTAGE,
                StandardTelemetry.TOTAL_CURRENT, StandardTelemetry.ENERGY_AH, StandardTelemetry.pwm(0), StandardTelemetry.pwm(1)));
        for (int i = 0; i < 3; i++) {
            keys.add(StandardTelemetry.output(i));
        }
        long t0 = Instant.parse("2026-12-01T12:00:00Z").toEpochMilli();
        for (int p = 0; p < s.capacity(); p++) {
            Map<TelemetryKey<?>, Double> v = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                v.put(keys.get(k), 10 * k + 5 * Math.sin(p / (600.0 + 37 * k)) + (p % 97 == 0 ? 3 : 0));
            }
            store.add(t0 + p * 1000L, v);
        }
        return store;
    }
}
