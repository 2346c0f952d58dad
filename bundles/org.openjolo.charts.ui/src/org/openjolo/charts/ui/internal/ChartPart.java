package org.openjolo.charts.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.openjolo.charts.ChartData;
import org.openjolo.charts.ChartRecorder;
import org.openjolo.charts.ChartSettings;
import org.openjolo.charts.Points;
import org.openjolo.core.Device;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.DeviceDescription;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiKeys;
import org.openjolo.ui.parts.Colors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Charts part: the active device's chart store in one of the views its description makes ({@link ChartView}:
 * the manual's five where the device has their channels, and Other values). The view list is rebuilt when the
 * active device changes; the operator's choice is kept when the next device has that view too. Without an
 * active device the part shows the first recorded device's data. The chart follows the newest data
 * until the operator drags over it to zoom; then a scroll bar pans and the button left of it goes back. The
 * widget gets at most two points per pixel column of the visible window (min and max), so 24 h of 1 s points
 * draw as fast as a few minutes. Right-click for views, PNG export and the collection settings.
 */
public final class ChartPart {

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TICK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Distinct on white and for the common colour blindnesses (Okabe–Ito). */
    static final List<Color> PALETTE = List.of(new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0));

    @Inject
    ChartRecorder recorder;

    @Inject
    StatusReporter status;

    @Inject
    UISynchronize sync;

    private Device device;
    private ChartData shown;
    /** What the views were made from; the list is rebuilt only when this changes. */
    private DeviceDescription description = DeviceDescription.EMPTY;
    private List<ChartView> offered = List.of();
    /** The view drawn, or null when the device has nothing to chart. */
    private ChartView view;
    /** The id of the view the operator chose last, kept across devices. */
    private String chosen = ChartView.TEMPERATURE_FOCUSER;
    /** The zoomed window in epoch ms, or null when following the newest data. */
    private long[] zoom;
    private Label info;
    private Combo selector;
    private Chart chart;
    private Control plot;
    private Button reset;
    private Slider slider;
    private int dragFrom = -1;
    private int dragTo = -1;
    private final AtomicBoolean redrawPending = new AtomicBoolean();
    private final Runnable onPoint = this::redrawLater;
    private final ZoneId zone = ZoneId.systemDefault();

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        selector = new Combo(parent, SWT.READ_ONLY);
        selector.addListener(SWT.Selection, e -> {
            int i = selector.getSelectionIndex();
            if (i >= 0 && i < offered.size()) {
                show(offered.get(i).id());
            }
        });
        info = new Label(parent, SWT.NONE);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        chart = new Chart(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart.getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Local time");
        x.getTick().setFormat(new TimeFormat());
        plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragFrom = e.x;
                dragTo = e.x;
            }
        });
        plot.addListener(SWT.MouseMove, e -> {
            if (dragFrom >= 0) {
                dragTo = e.x;
                plot.redraw();
            }
        });
        plot.addListener(SWT.MouseUp, e -> {
            if (e.button == 1 && dragFrom >= 0) {
                dragTo = e.x;
                zoomToPixels(dragFrom, dragTo);
                dragFrom = -1;
                plot.redraw();
            }
        });
        plot.addPaintListener(e -> {
            if (dragFrom >= 0 && dragTo != dragFrom) {
                e.gc.setAlpha(60);
                e.gc.setBackground(Colors.BLUE);
                e.gc.fillRectangle(Math.min(dragFrom, dragTo), 0, Math.abs(dragTo - dragFrom), plot.getSize().y);
                e.gc.setAlpha(255);
            }
        });
        Menu menu = contextMenu();
        plot.setMenu(menu);
        chart.setMenu(menu);

        Composite pan = new Composite(parent, SWT.NONE);
        pan.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout pl = new GridLayout(2, false);
        pl.marginHeight = 0;
        pan.setLayout(pl);
        reset = new Button(pan, SWT.PUSH);
        reset.setText("Reset zoom");
        reset.setToolTipText("Back to the whole collection period, following the newest data");
        reset.addListener(SWT.Selection, e -> resetZoom());
        slider = new Slider(pan, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.addListener(SWT.Selection, e -> pan(slider.getSelection()));
        recorder.addListener(onPoint);
        redraw();
    }

    @Inject
    void activeDevice(@Optional @Named(UiKeys.ACTIVE_DEVICE) Device active) {
        device = active;
        zoom = null;
        if (chart != null && !chart.isDisposed()) {
            redraw();
        }
    }

    @PreDestroy
    void dispose() {
        recorder.removeListener(onPoint);
    }

    private Menu contextMenu() {
        Menu menu = new Menu(chart);
        // the views and their separator; made anew each time the menu opens, as the device's views may differ
        List<MenuItem> viewItems = new ArrayList<>();
        MenuItem export = new MenuItem(menu, SWT.PUSH);
        export.setText("Export as image\u2026");
        export.addListener(SWT.Selection, e -> chooseExport());
        MenuItem collect = new MenuItem(menu, SWT.CHECK);
        collect.setText("Collect data to file");
        collect.addListener(SWT.Selection, e -> apply(recorder.settings().withCollectToFile(collect.getSelection())));
        Menu periods = choices(menu, "Data collection period", ChartSettings.PERIODS, d -> d.toHours() + " h",
                d -> recorder.settings().withPeriod(d));
        Menu samplings = choices(menu, "Data collection sampling rate", ChartSettings.SAMPLINGS, d -> d.toSeconds() + " s",
                d -> recorder.settings().withSampling(d));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem clear = new MenuItem(menu, SWT.PUSH);
        clear.setText("Clear all collected data");
        clear.addListener(SWT.Selection, e -> {
            recorder.clear();
            status.report(Severity.INFO, "Chart data cleared; the CSV files in " + recorder.logFolder() + " are kept");
        });
        // the menu shows the state as it is when it opens
        menu.addListener(SWT.Show, e -> {
            ChartSettings s = recorder.settings();
            viewItems.forEach(MenuItem::dispose);
            viewItems.clear();
            for (ChartView v : offered) {
                MenuItem item = new MenuItem(menu, SWT.RADIO, viewItems.size());
                item.setText(v.label());
                item.setSelection(v == view);
                item.addListener(SWT.Selection, x -> {
                    if (item.getSelection()) {
                        show(v.id());
                    }
                });
                viewItems.add(item);
            }
            if (!viewItems.isEmpty()) {
                viewItems.add(new MenuItem(menu, SWT.SEPARATOR, viewItems.size()));
            }
            collect.setSelection(s.collectToFile());
            for (MenuItem i : periods.getItems()) {
                i.setSelection(s.period().equals(i.getData()));
            }
            for (MenuItem i : samplings.getItems()) {
                i.setSelection(s.sampling().equals(i.getData()));
            }
        });
        return menu;
    }

    /** A submenu of radio items, one per offered duration; choosing one applies the settings it makes. */
    private Menu choices(Menu parent, String title, List<Duration> offered, java.util.function.Function<Duration, String> text,
            java.util.function.Function<Duration, ChartSettings> settings) {
        MenuItem cascade = new MenuItem(parent, SWT.CASCADE);
        cascade.setText(title);
        Menu sub = new Menu(cascade);
        cascade.setMenu(sub);
        for (Duration d : offered) {
            MenuItem i = new MenuItem(sub, SWT.RADIO);
            i.setText(text.apply(d));
            i.setData(d);
            i.addListener(SWT.Selection, e -> {
                if (i.getSelection()) {
                    apply(settings.apply(d));
                }
            });
        }
        return sub;
    }

    private void apply(ChartSettings s) {
        try {
            recorder.setSettings(s);
            status.report(Severity.INFO, "Charts: " + s.sampling().toSeconds() + " s points, " + s.period().toHours() + " h kept, "
                    + (s.collectToFile() ? "collected to " + recorder.logFolder() : "not collected to file"));
        } catch (RuntimeException e) {
            status.report(Severity.ERROR, e.getMessage());
        }
        redraw();
    }

    private void chooseExport() {
        FileDialog d = new FileDialog(chart.getShell(), SWT.SAVE);
        d.setText("Export the chart as PNG");
        d.setFilterExtensions(new String[] {"*.png"});
        d.setFileName("openjolo-chart-" + (view == null ? "empty" : view.id()) + "-" + LocalDateTime.now().format(FILE_STAMP) + ".png");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                exportPng(Path.of(file));
                status.report(Severity.INFO, "Chart saved to " + file);
            } catch (IOException | RuntimeException e) {
                status.report(Severity.ERROR, "Could not save the chart to " + file + ": " + e.getMessage());
            }
        }
    }

    /** Saves exactly what the chart shows now (its size, the zoomed window) as a PNG. */
    void exportPng(Path file) throws IOException {
        Point size = chart.getSize();
        Image image = new Image(chart.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            chart.print(gc);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    // ---- what the operator does (package-visible: the UI test and the benchmark drive the part through them)

    /** Shows the view with this {@link ChartView#id()}; one the device does not have is ignored. */
    void show(String id) {
        for (ChartView v : offered) {
            if (v.id().equals(id)) {
                chosen = id;
                view = v;
                selector.select(offered.indexOf(v));
                redraw();
                return;
            }
        }
    }

    /** The views offered for what is shown now, in the selector's order. */
    List<ChartView> offered() {
        return offered;
    }

    /** The view drawn now, or null when there is none. */
    ChartView view() {
        return view;
    }

    /** The labels in the view selector. */
    List<String> selectorItems() {
        return List.of(selector.getItems());
    }

    /** Shows {@code data} instead of the active device's (the benchmark's 24 h store). */
    void showData(ChartData data) {
        shown = data;
        zoom = null;
        redraw();
    }

    void zoomTo(long fromMillis, long toMillis) {
        zoom = new long[] {Math.min(fromMillis, toMillis), Math.max(fromMillis, toMillis)};
        redraw();
    }

    void zoomToPixels(int a, int b) {
        if (Math.abs(b - a) < 5) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        zoomTo((long) x.getDataCoordinate(Math.min(a, b)), (long) x.getDataCoordinate(Math.max(a, b)));
    }

    void resetZoom() {
        zoom = null;
        redraw();
    }

    /** The shown window, epoch ms. */
    long[] visibleRange() {
        Range r = chart.getAxisSet().getXAxis(0).getRange();
        return new long[] {(long) r.lower, (long) r.upper};
    }

    /** The ids of the series drawn now. */
    List<String> shownSeries() {
        List<String> ids = new ArrayList<>();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            ids.add(s.getId());
        }
        return ids;
    }

    /** How many points the widget draws for {@code id} (after decimation). */
    int drawnPoints(String id) {
        ISeries<?> s = chart.getSeriesSet().getSeries(id);
        return s == null ? 0 : s.getXSeries().length;
    }

    boolean panning() {
        return slider.isVisible();
    }

    Chart chart() {
        return chart;
    }

    // ---- drawing

    private void redrawLater() {
        if (redrawPending.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                redrawPending.set(false);
                if (!chart.isDisposed()) {
                    redraw();
                }
            });
        }
    }

    private java.util.Optional<ChartData> data() {
        if (shown != null) {
            return java.util.Optional.of(shown);
        }
        if (device != null) {
            return recorder.data(device);
        }
        List<ChartData> all = recorder.all();
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(0));
    }

    /** The description the views are made from: of the data shown, else of the active device, else of the data drawn. */
    private DeviceDescription currentDescription(java.util.Optional<ChartData> data) {
        if (shown == null && device != null) {
            return device.description();
        }
        return data.map(ChartData::description).orElse(DeviceDescription.EMPTY);
    }

    /** Rebuilds the view list when the description changed: another device, or the first data without one. */
    private void updateViews(DeviceDescription d) {
        if (d.equals(description)) {
            return;
        }
        description = d;
        offered = ChartView.of(d);
        view = offered.stream().filter(v -> v.id().equals(chosen)).findFirst().orElse(offered.isEmpty() ? null : offered.get(0));
        selector.setItems(offered.stream().map(ChartView::label).toArray(String[]::new));
        if (view != null) {
            selector.select(offered.indexOf(view));
        }
        selector.setEnabled(!offered.isEmpty());
        selector.getParent().layout(true);
    }

    /** Draws the view's series over the visible window; y axes scale to what is visible. */
    void redraw() {
        java.util.Optional<ChartData> data = data();
        updateViews(currentDescription(data));
        java.util.Optional<long[]> span = data.flatMap(ChartData::span);
        ChartSettings settings = recorder.settings();
        if (span.isEmpty()) {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            info.setText(device == null && data.isEmpty() ? "No device connected: charts start when a device connects."
                    : "Collecting: the first point comes after " + settings.sampling().toSeconds() + " s.");
            updatePan(null);
            chart.redraw();
            return;
        }
        ChartData d = data.get();
        long from = zoom != null ? zoom[0] : span.get()[0];
        long to = zoom != null ? zoom[1] : Math.max(span.get()[1], span.get()[0] + 60_000);
        int columns = Math.max(50, plot.getSize().x);
        List<ChartView.Line> present = view == null ? List.of() : view.lines().stream().filter(l -> d.series().contains(l.key())).toList();
        int axes = view == null ? 1 : view.axes();
        // the views of a device may need more axes than the chart has: more on the right, as needed
        while (chart.getAxisSet().getYAxisIds().length < axes) {
            chart.getAxisSet().getYAxis(chart.getAxisSet().createYAxis()).setPosition(IAxis.Position.Secondary);
        }
        // the legend lists series in creation order: a view of other series starts from none
        if (!shownSeries().equals(present.stream().map(l -> l.key().id()).toList())) {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
        }
        int[] ids = chart.getAxisSet().getYAxisIds();
        String[] axisTitles = new String[ids.length];
        int colour = 0;
        for (ChartView.Line line : present) {
            TelemetryKey<?> key = line.key();
            Points p = withoutGaps(d.decimated(key, from, to, columns));
            ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().getSeries(key.id());
            if (s == null) {
                s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, key.id());
                s.setSymbolType(PlotSymbolType.NONE);
                s.setLineWidth(2);
            }
            s.setDescription(key.label() + (key.unit().isEmpty() ? "" : " [" + key.unit() + "]"));
            s.setLineColor(PALETTE.get(colour++ % PALETTE.size()));
            s.setYAxisId(line.axis());
            s.setXSeries(p.x());
            s.setYSeries(p.y());
            String unit = line.unit();
            axisTitles[line.axis()] = axisTitles[line.axis()] == null ? unit : axisTitles[line.axis()].contains(unit) ? axisTitles[line.axis()]
                    : axisTitles[line.axis()] + ", " + unit;
        }
        for (int i = 0; i < ids.length; i++) {
            IAxis y = chart.getAxisSet().getYAxis(ids[i]);
            y.getTitle().setText(axisTitles[i] == null ? "" : axisTitles[i]);
            y.getTick().setVisible(axisTitles[i] != null);
            y.getTitle().setVisible(axisTitles[i] != null);
            y.adjustRange();
            Range r = y.getRange();
            // a margin, so lines at the extremes are not drawn on the frame
            double pad = r.upper > r.lower ? (r.upper - r.lower) * 0.06 : Math.max(1, Math.abs(r.upper) * 0.05);
            y.setRange(new Range(r.lower - pad, r.upper + pad));
        }
        chart.getAxisSet().getXAxis(0).setRange(new Range(from, to));
        ((TimeFormat) chart.getAxisSet().getXAxis(0).getTick().getFormat()).seconds = to - from < 10 * 60_000;
        info.setText(d.device().model() + ": " + d.size() + " points of " + settings.sampling().toSeconds() + " s, "
                + settings.period().toHours() + " h kept, " + (settings.collectToFile() ? "to CSV" : "no CSV")
                + (offered.isEmpty() ? " \u2014 it reports nothing a chart can draw" : "") + recorder.fileProblem().map(p -> " \u2014 " + p).orElse(""));
        info.setToolTipText(d.device().model() + " on " + d.device().address().displayName()
                + (settings.collectToFile() ? "\nCSV files: " + recorder.logFolder() : "\nNot collecting to file (right-click to change)"));
        info.setForeground(recorder.fileProblem().isPresent() ? Colors.RED : null);
        updatePan(span.get());
        chart.redraw();
    }

    /** The widget would draw NaN as a drop to the axis: points without a value are left out. */
    private static Points withoutGaps(Points p) {
        int n = 0;
        for (double v : p.y()) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        if (n == p.size()) {
            return p;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0, j = 0; i < p.size(); i++) {
            if (!Double.isNaN(p.y()[i])) {
                x[j] = p.x()[i];
                y[j++] = p.y()[i];
            }
        }
        return new Points(x, y);
    }

    /** The scroll bar spans the data in seconds, its thumb is the zoomed window; both hidden when not zoomed. */
    private void updatePan(long[] span) {
        boolean zoomed = zoom != null && span != null;
        slider.setVisible(zoomed);
        reset.setVisible(zoomed);
        ((GridData) slider.getParent().getLayoutData()).exclude = !zoomed;
        slider.getParent().setVisible(zoomed);
        if (zoomed) {
            int total = (int) Math.max(1, (span[1] - span[0]) / 1000);
            int thumb = (int) Math.max(1, Math.min(total, (zoom[1] - zoom[0]) / 1000));
            slider.setValues((int) Math.max(0, Math.min(total - thumb, (zoom[0] - span[0]) / 1000)), 0, total, thumb, Math.max(1, thumb / 10),
                    Math.max(1, thumb));
        }
        slider.getParent().getParent().layout(true, true);
    }

    private void pan(int seconds) {
        java.util.Optional<long[]> span = data().flatMap(ChartData::span);
        if (zoom == null || span.isEmpty()) {
            return;
        }
        long width = zoom[1] - zoom[0];
        long start = span.get()[0] + seconds * 1000L;
        zoom = new long[] {start, start + width};
        redraw();
    }

    /** Axis ticks: epoch milliseconds as local time. */
    private final class TimeFormat extends Format {
        private static final long serialVersionUID = 1L;
        boolean seconds;

        @Override
        public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
            long millis = ((Number) obj).longValue();
            return to.append((seconds ? TICK_SECONDS : TICK).format(Instant.ofEpochMilli(millis).atZone(zone)));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            // ticks are only ever formatted
            return null;
        }
    }
}
