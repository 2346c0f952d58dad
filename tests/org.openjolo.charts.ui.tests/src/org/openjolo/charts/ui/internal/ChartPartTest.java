package org.openjolo.charts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.ILineSeries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.charts.ChartSettings;
import org.openjolo.charts.ChartStore;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceIdentity;
import org.openjolo.core.StandardTelemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.capability.EnvironmentSensors;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.description.StandardCapabilities;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;
import org.openjolo.transport.TransportAddress;

/**
 * The Charts part in the workbench with a simulated AstroLink 4 and FocuserLink: the views of the active device,
 * PNG export, drag-to-zoom, pan, clear, and the view list following the active device.
 */
class ChartPartTest {

    static final String PART = "org.openjolo.charts.ui.part.charts";

    @TempDir
    Path dir;

    @Test
    void showsTheViewsExportsWhatIsVisibleAndZoomsByDragging() throws Throwable {
        Assumptions.assumeFalse(Boolean.getBoolean(ChartRedrawBenchmark.PROPERTY), "the benchmark runs instead");
        ChartRecorder recorder = Services.await(ChartRecorder.class);
        recorder.setSettings(new ChartSettings(Duration.ofSeconds(1), Duration.ofHours(1), true));
        try {
            WorkbenchHarness.run(w -> {
                operate(w, recorder);
                followTheActiveDevice(w, recorder);
                drawAsManyAxesAsAViewNeeds(w);
            }, "-simulate", "focuserlink");
        } finally {
            recorder.setSettings(ChartSettings.DEFAULTS);
        }
    }

    private void operate(WorkbenchHarness w, ChartRecorder recorder) throws Exception {
        Device device = w.activate("astrolink4");
        w.show(PART);
        ChartPart part = w.object(PART, ChartPart.class);
        Await.until("a few points of the focuser and the temperature", WorkbenchHarness.WAIT,
                () -> w.ui(() -> part.drawnPoints(StandardTelemetry.FOCUSER_POSITION.id()) >= 4 && part.drawnPoints(StandardTelemetry.TEMPERATURE_1.id()) >= 4));
        assertEquals(List.of("sensor1.temperature", "sensor2.temperature", "focuser.position"), w.ui(part::shownSeries));

        List<ChartView> offered = w.ui(part::offered);
        assertEquals(ChartView.of(device.description()), offered, "the views of the device's description");
        assertEquals(List.of("Temperature and focuser position", "Environment", "Power", "Outputs", "Sky"), w.ui(part::selectorItems),
                "the manual's five for an AstroLink 4 USB");
        for (ChartView v : offered) {
            List<String> shown = w.ui(() -> {
                part.show(v.id());
                return part.shownSeries();
            });
            List<String> expected = v.lines().stream().map(l -> l.key()).filter(k -> recorder.data(device).orElseThrow().series().contains(k))
                    .map(k -> k.id()).toList();
            assertEquals(expected, shown, v.label());
            assertFalse(shown.isEmpty(), v.label() + " has series for an AstroLink 4 USB");
        }
        w.ui(() -> part.show(ChartView.TEMPERATURE_FOCUSER));
        w.screenshot("charts");

        // the PNG has the chart's size and the focuser line's colour where the line is drawn
        Path png = dir.resolve("chart.png");
        w.ui(() -> {
            try {
                part.exportPng(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ImageData image = new ImageData(png.toString());
        Point size = w.ui(() -> part.chart().getSize());
        assertEquals(size.x, image.width);
        assertEquals(size.y, image.height);
        RGB line = w.ui(() -> ((ILineSeries<?>) part.chart().getSeriesSet().getSeries("focuser.position")).getLineColor().getRGB());
        int hits = w.ui(() -> {
            ILineSeries<?> s = (ILineSeries<?>) part.chart().getSeriesSet().getSeries("focuser.position");
            Control plot = part.chart().getPlotArea().getControl();
            Point origin = plot.getLocation();
            int found = 0;
            for (int i = 0; i < s.getXSeries().length; i++) {
                Point p = s.getPixelCoordinates(i);
                if (near(image, origin.x + p.x, origin.y + p.y, line)) {
                    found++;
                }
            }
            return found;
        });
        int drawn = w.ui(() -> part.drawnPoints("focuser.position"));
        assertTrue(hits >= drawn - 1, "the focuser line is in the PNG at " + hits + " of " + drawn + " points");
        assertTrue(countColour(image, line) > 20, "the line has pixels of its colour");

        // drag over the middle half: that window is shown and the scroll bar appears; reset follows the data again
        long[] before = w.ui(part::visibleRange);
        w.ui(() -> {
            Control plot = part.chart().getPlotArea().getControl();
            int width = plot.getSize().x;
            mouse(plot, SWT.MouseDown, width / 4);
            mouse(plot, SWT.MouseMove, width / 2);
            mouse(plot, SWT.MouseUp, 3 * width / 4);
        });
        long[] zoomed = w.ui(part::visibleRange);
        assertTrue(zoomed[0] > before[0] && zoomed[1] < before[1], "zoomed into the middle");
        long middle = (before[0] + before[1]) / 2;
        assertTrue(zoomed[0] < middle && zoomed[1] > middle, "around the middle");
        assertTrue(w.ui(part::panning));
        w.ui(part::resetZoom);
        assertFalse(w.ui(part::panning));

        // the context menu: another view, another period (applied and saved), the menu shows what is set
        w.ui(() -> {
            org.eclipse.swt.widgets.Menu menu = part.chart().getPlotArea().getControl().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            choose(item(menu, "Sky"));
            choose(item(item(menu, "Data collection period").getMenu(), "4 h"));
        });
        assertEquals(List.of("sky.temperature", "sky.difference", "sky.quality"), w.ui(part::shownSeries));
        assertEquals(Duration.ofHours(4), recorder.settings().period());
        assertTrue(w.ui(() -> {
            org.eclipse.swt.widgets.Menu menu = part.chart().getPlotArea().getControl().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            return item(item(menu, "Data collection period").getMenu(), "4 h").getSelection() && item(menu, "Collect data to file").getSelection();
        }));

        recorder.clear();
        Await.until("the chart emptied and filling again", WorkbenchHarness.WAIT, () -> w.ui(() -> part.drawnPoints("focuser.position")) <= 2);
    }

    /**
     * Another device made active: its views only, the operator's choice kept where the device has that view;
     * without an active device, the views of the data shown.
     */
    private void followTheActiveDevice(WorkbenchHarness w, ChartRecorder recorder) {
        ChartPart part = w.object(PART, ChartPart.class);
        assertEquals(ChartView.SKY, w.ui(() -> part.view().id()), "chosen last from the menu");

        Device focuserLink = w.activate("focuserlink");
        assertEquals(List.of("Temperature and focuser position", "Environment"), w.ui(part::selectorItems),
                "a focuser with one sensor: no blank Power, Outputs or Sky view");
        assertEquals(ChartView.TEMPERATURE_FOCUSER, w.ui(() -> part.view().id()), "no Sky here: the first view");
        assertEquals(List.of("Temperature and focuser position", "Environment"), w.ui(() -> {
            org.eclipse.swt.widgets.Menu menu = part.chart().getPlotArea().getControl().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            return java.util.Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.RADIO) != 0).map(i -> i.getText()).toList();
        }), "the context menu offers the same views");
        Await.until("the FocuserLink's temperature and position", WorkbenchHarness.WAIT,
                () -> w.ui(part::shownSeries).equals(List.of("sensor1.temperature", "focuser.position")));
        w.ui(() -> part.show(ChartView.ENVIRONMENT));
        Await.until("the FocuserLink's environment", WorkbenchHarness.WAIT,
                () -> w.ui(part::shownSeries).equals(List.of("sensor1.temperature", "sensor1.dewPoint", "sensor1.humidity")));
        assertTrue(recorder.data(focuserLink).isPresent());

        w.activate("astrolink4");
        assertEquals(5, w.ui(part::selectorItems).size());
        assertEquals(ChartView.ENVIRONMENT, w.ui(() -> part.view().id()), "the operator's last choice, which the AstroLink 4 has too");

        w.ui(() -> part.activeDevice(null));
        ChartView.of(recorder.all().get(0).description()).forEach(v -> assertTrue(w.ui(part::selectorItems).contains(v.label()), v.label()));
        assertFalse(w.ui(part::selectorItems).isEmpty(), "no active device: the views of the first recorded device's data");
    }

    /** A weather station's pressure and wind speed each get an axis of their own, titled with the channel's unit. */
    private void drawAsManyAxesAsAViewNeeds(WorkbenchHarness w) {
        ChartPart part = w.object(PART, ChartPart.class);
        TelemetryKey<Double> pressure = new TelemetryKey<>("weather.pressure", Double.class, "hPa", "Pressure");
        TelemetryKey<Double> wind = new TelemetryKey<>("weather.wind", Double.class, "m/s", "Wind speed");
        DeviceDescription description = new DeviceDescription(List.of(StandardCapabilities.environmentSensor(1, true),
                CapabilityDescription.builder(EnvironmentSensors.class, "weather", "Weather station").channel(Channel.number(pressure, Quantities.PRESSURE, 1))
                        .channel(Channel.number(wind, "windSpeed", 1)).build(),
                StandardCapabilities.pwm(4)));
        ChartStore store = new ChartStore(new DeviceIdentity("weather", "Weather station (test)", "", TransportAddress.serial("/dev/weather")), description,
                100);
        long t0 = System.currentTimeMillis() - 60_000;
        for (int i = 0; i < 10; i++) {
            Map<TelemetryKey<?>, Double> point = new LinkedHashMap<>();
            point.put(StandardTelemetry.TEMPERATURE_1, 5.0 + i);
            point.put(StandardTelemetry.HUMIDITY_1, 70.0);
            point.put(pressure, 1013.0 - i);
            point.put(wind, 2.0 * i);
            for (int k = 0; k < 4; k++) {
                point.put(StandardTelemetry.pwm(k), 25.0 * k);
            }
            store.add(t0 + i * 5000L, point);
        }
        w.ui(() -> part.showData(store));
        assertEquals(List.of("Temperature and focuser position", "Environment", "Outputs"), w.ui(part::selectorItems));
        w.ui(() -> part.show(ChartView.ENVIRONMENT));
        assertEquals(List.of("sensor1.temperature", "sensor1.humidity", "weather.pressure", "weather.wind"), w.ui(part::shownSeries),
                "the dew point is not reported, so not drawn");
        assertEquals(List.of("°C", "%", "hPa", "m/s"), w.ui(() -> java.util.Arrays.stream(part.chart().getAxisSet().getYAxes()).limit(4)
                .map(a -> a.getTitle().getText()).toList()));
        assertEquals(3, w.ui(() -> part.chart().getSeriesSet().getSeries("weather.wind").getYAxisId()));
        w.ui(() -> part.show(ChartView.OUTPUTS));
        assertEquals(List.of("pwm1.duty", "pwm2.duty", "pwm3.duty", "pwm4.duty"), w.ui(part::shownSeries));
        assertEquals(List.of("%", "", "", ""), w.ui(() -> java.util.Arrays.stream(part.chart().getAxisSet().getYAxes()).limit(4)
                .map(a -> a.getTitle().isVisible() ? a.getTitle().getText() : "").toList()), "axes the view does not use are hidden");
    }

    private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String text) {
        for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
            if (i.getText().replace("\u2026", "").equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private static void choose(org.eclipse.swt.widgets.MenuItem i) {
        if ((i.getStyle() & SWT.RADIO) != 0) {
            for (org.eclipse.swt.widgets.MenuItem other : i.getParent().getItems()) {
                other.setSelection(false);
            }
        }
        i.setSelection(true);
        i.notifyListeners(SWT.Selection, new Event());
    }

    private static void mouse(Control c, int type, int x) {
        Event e = new Event();
        e.type = type;
        e.button = 1;
        e.x = x;
        e.y = c.getSize().y / 2;
        c.notifyListeners(type, e);
    }

    private static boolean near(ImageData image, int x, int y, RGB colour) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.width && py < image.height && rgb(image, px, py).equals(colour)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int countColour(ImageData image, RGB colour) {
        int n = 0;
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                if (rgb(image, x, y).equals(colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static RGB rgb(ImageData image, int x, int y) {
        PaletteData palette = image.palette;
        return palette.getRGB(image.getPixel(x, y));
    }
}
