package org.openjolo.compensation.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.openjolo.compensation.Compensation;
import org.openjolo.compensation.CompensationCalculator;
import org.openjolo.compensation.CompensationControl;
import org.openjolo.compensation.CompensationPoint;
import org.openjolo.compensation.CompensationSettings;
import org.openjolo.compensation.Fit;
import org.openjolo.compensation.PointsStore;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.description.Limit;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.parts.DevicePart;

import jakarta.inject.Inject;

/**
 * The compensation calculator of one focuser of the active device (a device with two focusers gets one per
 * focuser, each with its own points): (temperature, position) points per filter, collected across sessions; a
 * least-squares line with R², suspect points and warnings, over all points or a temperature range; a plot with
 * the points as dots, the line, and suspects marked; "Use this coefficient".
 */
public final class CalculatorPart extends DevicePart {

    @Inject
    PointsStore store;

    @Inject
    Compensation compensation;

    @Inject
    EPartService parts;

    /** The Compensation part "Use this coefficient" hands the coefficient to (for the first focuser). */
    static final String COMPENSATION_PART = "org.openjolo.compensation.ui.part.compensation";

    private Focuser focuser;
    private String focuserId;
    /** Where this focuser's points are kept ({@link PointsStore#deviceKey}). */
    private String pointsKey;
    private final List<CompensationPoint> points = new ArrayList<>();
    private Combo filter;
    private Table table;
    private Text from;
    private Text to;
    private Label result;
    private Chart chart;
    private Fit fit;

    @Override
    protected String createControls(Composite parent) {
        focuser = capability(Focuser.class).orElse(null);
        if (focuser == null) {
            return device + " has no focuser.";
        }
        focuserId = instance(Focuser.class).orElseThrow().id();
        pointsKey = PointsStore.deviceKey(device, focuserId);
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(top, SWT.NONE);
        left.setLayout(new GridLayout(3, false));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        new Label(left, SWT.NONE).setText("Filter");
        filter = new Combo(left, SWT.DROP_DOWN);
        filter.setItems(store.filters(pointsKey).toArray(String[]::new));
        filter.setText(filter.getItemCount() > 0 ? filter.getItem(0) : "L");
        filter.setToolTipText("Points of one filter only: focus shifts between filters. Type a new name for a new table.");
        filter.setData(ALWAYS_ENABLED, Boolean.TRUE);
        filter.addListener(SWT.Selection, e -> load());
        filter.addListener(SWT.DefaultSelection, e -> load());
        button(left, "Load", "Show this filter's points", this::load).setData(ALWAYS_ENABLED, Boolean.TRUE);
        table = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ALWAYS_ENABLED, Boolean.TRUE);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        td.heightHint = 200;
        table.setLayoutData(td);
        for (String c : new String[] { "Temp. [°C]", "Position", "Residual" }) {
            TableColumn col = new TableColumn(table, SWT.RIGHT);
            col.setText(c);
            col.setWidth(c.equals("Residual") ? 70 : 85);
        }
        editable(table);
        button(left, "Add current", "Add the current temperature and focuser position", this::addCurrent);
        button(left, "Delete", "Delete the selected rows", this::deleteSelected).setData(ALWAYS_ENABLED, Boolean.TRUE);
        new Label(left, SWT.NONE);
        new Label(left, SWT.NONE).setText("Fit from [°C]");
        from = new Text(left, SWT.BORDER | SWT.RIGHT);
        from.setToolTipText("Empty: all points. A range fits one straight piece of a curved focus.");
        from.setData(ALWAYS_ENABLED, Boolean.TRUE);
        from.setLayoutData(new GridData(50, SWT.DEFAULT));
        new Label(left, SWT.NONE);
        new Label(left, SWT.NONE).setText("to [°C]");
        to = new Text(left, SWT.BORDER | SWT.RIGHT);
        to.setData(ALWAYS_ENABLED, Boolean.TRUE);
        to.setLayoutData(new GridData(50, SWT.DEFAULT));
        button(left, "Fit", "Fit the points in this range", this::refit).setData(ALWAYS_ENABLED, Boolean.TRUE);

        Composite right = new Composite(top, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new Chart(right, SWT.NONE);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true);
        cd.heightHint = 260;
        cd.widthHint = 280;
        chart.setLayoutData(cd);
        chart.getTitle().setText("Focus against temperature");
        chart.getAxisSet().getXAxis(0).getTitle().setText("Temperature [°C]");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Position [steps]");
        chart.getLegend().setVisible(false);
        result = new Label(right, SWT.WRAP);
        GridData rd = new GridData(SWT.FILL, SWT.TOP, true, false);
        rd.widthHint = 280;
        result.setLayoutData(rd);
        button(right, "Use this coefficient", "Open the compensation settings with this coefficient filled in", this::useCoefficient)
                .setData(ALWAYS_ENABLED, Boolean.TRUE);
        load();
        return null;
    }

    /** Double-click a cell to edit it; Enter or leaving the cell checks and keeps the value. */
    private void editable(Table t) {
        TableEditor editor = new TableEditor(t);
        editor.grabHorizontal = true;
        t.addListener(SWT.MouseDoubleClick, e -> {
            TableItem item = t.getItem(new Point(e.x, e.y));
            if (item == null) {
                return;
            }
            int column = item.getBounds(0).contains(e.x, e.y) ? 0 : item.getBounds(1).contains(e.x, e.y) ? 1 : -1;
            if (column < 0) {
                return; // the residual is computed, not typed
            }
            int row = t.indexOf(item);
            Text text = new Text(t, SWT.RIGHT);
            text.setText(item.getText(column));
            Runnable commit = () -> {
                if (!text.isDisposed()) {
                    edit(row, column, text.getText());
                    text.dispose();
                }
            };
            text.addListener(SWT.DefaultSelection, x -> commit.run());
            text.addListener(SWT.FocusOut, x -> commit.run());
            editor.setEditor(text, item, column);
            text.setFocus();
            text.selectAll();
        });
    }

    /** Changes one cell after checking it. */
    void edit(int row, int column, String value) {
        CompensationPoint old = points.get(row);
        Double v = column == 0 ? number(CompensationSettings.TEMPERATURE, "Temperature", value)
                : number(Limit.whole(0, focuser.settings().maxPosition(), "steps"), "Position", value);
        if (v == null) {
            show();
            return;
        }
        points.set(row, column == 0 ? new CompensationPoint(v, old.position()) : new CompensationPoint(old.temperature(), (int) Math.round(v)));
        save();
    }

    private void load() {
        points.clear();
        try {
            points.addAll(store.load(pointsKey, filterName()));
        } catch (IOException e) {
            say(Severity.ERROR, e.getMessage());
        }
        show();
    }

    private String filterName() {
        String f = filter.getText().strip();
        return f.isEmpty() ? "L" : f;
    }

    private void save() {
        try {
            store.save(pointsKey, filterName(), points);
        } catch (IOException | IllegalArgumentException e) {
            say(Severity.ERROR, "The points were not saved: " + e.getMessage());
        }
        show();
    }

    private void addCurrent() {
        Double t = temperature().orElse(null);
        if (t == null) {
            say(Severity.ERROR, "No temperature: connect a temperature sensor to the device.");
            return;
        }
        add(Math.rint(t * 100) / 100, focuser.position());
    }

    /**
     * The temperature this focuser's compensation reads (averaged when the workbench compensates), else the
     * latest reading of its sensor.
     */
    private Optional<Double> temperature() {
        Optional<CompensationControl> control = compensation.of(device, focuserId);
        if (control.isPresent() && control.get().temperature().isPresent()) {
            return Optional.of(control.get().temperature().getAsDouble());
        }
        int sensor = control.map(c -> c.settings().sensor()).orElse(CompensationSettings.DEFAULT.sensor());
        return device.description().temperatureSensor(sensor).flatMap(key -> device.latestTelemetry().flatMap(x -> x.get(key)));
    }

    /** Adds a point (the Add current button, and tests). */
    void add(double temperature, int position) {
        points.add(new CompensationPoint(temperature, position));
        save();
    }

    private void deleteSelected() {
        int[] rows = table.getSelectionIndices();
        java.util.Arrays.sort(rows);
        for (int i = rows.length - 1; i >= 0; i--) {
            points.remove(rows[i]);
        }
        save();
    }

    private void refit() {
        show();
    }

    private void show() {
        table.removeAll();
        for (CompensationPoint p : points) {
            new TableItem(table, SWT.NONE).setText(new String[] { String.format(Locale.ROOT, "%.2f", p.temperature()), Integer.toString(p.position()) });
        }
        double lo = bound(from, Double.NEGATIVE_INFINITY);
        double hi = bound(to, Double.POSITIVE_INFINITY);
        fit = CompensationCalculator.fit(points, lo, hi);
        for (int i = 0; i < fit.residuals().size(); i++) {
            int row = points.indexOf(fit.points().get(i));
            if (row >= 0) {
                table.getItem(row).setText(2, String.format(Locale.ROOT, "%.1f", fit.residuals().get(i)));
            }
        }
        for (int i : fit.suspects()) {
            int row = points.indexOf(fit.points().get(i));
            if (row >= 0) {
                table.getItem(row).setForeground(Colors.RED);
            }
        }
        StringBuilder text = new StringBuilder();
        if (fit.valid()) {
            text.append(String.format(Locale.ROOT, "Coefficient %.2f steps/°C, intercept %.0f steps, R² %.4f, %d points",
                    fit.coefficient(), fit.intercept(), fit.rSquared(), fit.points().size()));
        }
        for (String w : fit.warnings()) {
            text.append(text.length() > 0 ? "\n" : "").append(w);
        }
        result.setText(text.toString());
        result.setForeground(fit.warnings().isEmpty() ? null : Colors.RED);
        plot();
        result.getParent().layout(true);
    }

    private double bound(Text field, double fallback) {
        String s = field.getText().strip();
        if (s.isEmpty()) {
            return fallback;
        }
        Double v = number(CompensationSettings.TEMPERATURE, "A range limit", s);
        return v == null ? fallback : v;
    }

    private void plot() {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        if (!points.isEmpty()) {
            series("points", points.stream().mapToDouble(CompensationPoint::temperature).toArray(),
                    points.stream().mapToDouble(CompensationPoint::position).toArray(), PlotSymbolType.CIRCLE, Colors.GREEN, LineStyle.NONE);
        }
        if (!fit.suspects().isEmpty()) {
            series("suspects", fit.suspects().stream().mapToDouble(i -> fit.points().get(i).temperature()).toArray(),
                    fit.suspects().stream().mapToDouble(i -> fit.points().get(i).position()).toArray(), PlotSymbolType.CROSS, Colors.RED, LineStyle.NONE);
        }
        if (fit.valid()) {
            double lo = fit.points().stream().mapToDouble(CompensationPoint::temperature).min().orElseThrow();
            double hi = fit.points().stream().mapToDouble(CompensationPoint::temperature).max().orElseThrow();
            series("fit", new double[] { lo, hi }, new double[] { fit.positionAt(lo), fit.positionAt(hi) }, PlotSymbolType.NONE, Colors.RED, LineStyle.SOLID);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private void series(String id, double[] x, double[] y, PlotSymbolType symbol, Color color, LineStyle line) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setSymbolType(symbol);
        s.setSymbolColor(color);
        s.setSymbolSize(symbol == PlotSymbolType.CROSS ? 7 : 4);
        s.setLineStyle(line);
        s.setLineColor(color);
        s.setLineWidth(2);
    }

    private void useCoefficient() {
        if (fit == null || !fit.valid()) {
            say(Severity.ERROR, "There is no fitted coefficient yet.");
            return;
        }
        MPart part = parts.showPart(compensationPartId(), EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof CompensationPart p) {
            p.useCoefficient(fit.coefficient());
        }
    }

    /**
     * The Compensation part of this focuser: the part contributed shows the first focuser, its copy
     * {@code <id>:<focuser>} another (the capability parts addon's naming).
     */
    private String compensationPartId() {
        boolean first = device.description().first(Focuser.class).map(f -> f.id().equals(focuserId)).orElse(true);
        return first ? COMPENSATION_PART : COMPENSATION_PART + ":" + focuserId;
    }

    @Override
    protected void refresh() {
        // the table and plot change only when the operator changes the points
    }

    /** For tests: the residual column as shown. */
    List<String> residualTexts() {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(2)).toList();
    }

    /** For tests: the fit as shown. */
    String resultText() {
        return result.getText();
    }

    /** For tests: the plotted series and their sizes. */
    String plotted() {
        StringBuilder sb = new StringBuilder();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            sb.append(s.getId()).append('=').append(s.getXSeries().length).append(' ');
        }
        return sb.toString().strip();
    }

    /** For tests. */
    void selectFilter(String name) {
        filter.setText(name);
        load();
    }

    /** For tests. */
    void setRange(String lo, String hi) {
        from.setText(lo);
        to.setText(hi);
        refit();
    }

    /** For tests: presses "Use this coefficient". */
    void pressUseCoefficient() {
        useCoefficient();
    }
}
