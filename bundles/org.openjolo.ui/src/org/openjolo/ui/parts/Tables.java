package org.openjolo.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The parts' tables, made one way: a header row, grid lines, named columns, filling a grid cell. */
public final class Tables {

    private Tables() {
    }

    /**
     * A table in a {@code GridLayout} cell that fills and grabs the space.
     *
     * @param style   SWT style bits besides the border and full-row selection (e.g. {@code SWT.MULTI})
     * @param rows    how many rows it shows without scrolling, or 0 to take what the layout gives
     * @param columns column names and widths in pixels, alternating: "Time", 80, "Value", 120 …
     */
    public static Table create(Composite parent, int style, int rows, Object... columns) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i + 1 < columns.length; i += 2) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText((String) columns[i]);
            c.setWidth((Integer) columns[i + 1]);
        }
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        if (rows > 0) {
            gd.heightHint = t.getItemHeight() * rows + t.getHeaderHeight();
        }
        t.setLayoutData(gd);
        return t;
    }
}
