package org.openjolo.ui.internal.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.openjolo.core.DiagnosticLog;
import org.openjolo.ui.parts.Colors;

/**
 * A window showing a diagnostic text (a device's protocol trace, the application log, the About text) that
 * refreshes itself every second and saves a copy for a problem report. Modeless: the workbench goes on meanwhile.
 */
public final class TextViewer {

    /** Writes the text to save somewhere. */
    @FunctionalInterface
    public interface Exporter {
        /** Saves a copy to {@code target}. */
        void export(Path target) throws IOException;
    }

    private final Shell shell;
    private final Text text;
    private final Label feedback;
    private final Supplier<List<String>> lines;
    /** The lines shown. */
    private List<String> last = List.of();
    /** Whether the window keeps the newest line in view: until the reader scrolls away from the end. */
    private boolean following = true;

    /**
     * @param title       the window's title
     * @param lines       the lines to show now (called every second on the UI thread)
     * @param suggestName the file name the save dialog proposes
     * @param exporter    what "Save a copy…" writes
     */
    public TextViewer(Shell parent, String title, Supplier<List<String>> lines, String suggestName, Exporter exporter) {
        this.lines = lines;
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(title);
        shell.setData(this);
        shell.setLayout(new GridLayout(3, false));
        text = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(new Font(shell.getDisplay(), "Monospace", 9, SWT.NORMAL));
        shell.addListener(SWT.Dispose, e -> text.getFont().dispose());
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        td.widthHint = 960;
        td.heightHint = 420;
        text.setLayoutData(td);
        // following the end is the reader's choice, made by scrolling: not a guess from the window's geometry,
        // which changes when the window is laid out or resized and then stopped a new window from following
        Runnable decide = () -> shell.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                following = showsEnd();
            }
        });
        // only the reader's own scrolling: the toolkit also moves the bar (detail NONE) while it lays new text out
        text.getVerticalBar().addListener(SWT.Selection, e -> {
            if (e.detail != SWT.NONE) {
                decide.run();
            }
        });
        text.addListener(SWT.MouseWheel, e -> decide.run());
        text.addListener(SWT.KeyUp, e -> {
            if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.PAGE_UP || e.keyCode == SWT.PAGE_DOWN
                    || e.keyCode == SWT.HOME || e.keyCode == SWT.END) {
                decide.run();
            }
        });
        feedback = new Label(shell, SWT.NONE);
        feedback.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button save = new Button(shell, SWT.PUSH);
        save.setText("Save a copy\u2026");
        save.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(shell, SWT.SAVE);
            d.setFileName(suggestName);
            d.setOverwrite(true);
            String target = d.open();
            if (target != null) {
                save(Path.of(target), exporter);
            }
        });
        Button close = new Button(shell, SWT.PUSH);
        close.setText("Close");
        close.addListener(SWT.Selection, e -> shell.close());
    }

    /** A window on a diagnostic log; "Save a copy…" exports it (older parts, file and memory). */
    public TextViewer(Shell parent, String title, DiagnosticLog log, String suggestName) {
        this(parent, title, log::recent, suggestName, log::export);
    }

    /**
     * Brings the open viewer with this title forward, or opens {@code viewer}: choosing a menu item twice gives one
     * window, not two.
     */
    public static TextViewer show(Shell parent, String title, Supplier<TextViewer> viewer) {
        for (Shell s : parent.getDisplay().getShells()) {
            if (!s.isDisposed() && s.getData() instanceof TextViewer v && title.equals(s.getText())) {
                s.setActive();
                return v;
            }
        }
        TextViewer v = viewer.get();
        v.open();
        return v;
    }

    /** Opens the window and keeps it current. */
    public void open() {
        shell.pack();
        shell.open();
        refresh();
        tick();
    }

    private void tick() {
        shell.getDisplay().timerExec(1000, () -> {
            if (!shell.isDisposed()) {
                refresh();
                tick();
            }
        });
    }

    /**
     * Shows the newest lines when they changed. Follows the end unless the user scrolled up to read: a refresh
     * must not pull the line being read away.
     */
    void refresh() {
        List<String> now = lines.get();
        if (now.equals(last)) {
            return;
        }
        if (following && !last.isEmpty() && now.size() > last.size() && now.subList(0, last.size()).equals(last)) {
            // the common case, a log that grew: appending keeps the view at the end, where resetting the whole
            // text would scroll to the top first and reach the end only once the toolkit has laid it out
            text.append("\n" + String.join("\n", now.subList(last.size(), now.size())));
        } else {
            int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
            int top = text.getTopIndex();
            text.setText(String.join("\n", now));
            if (following) {
                text.setSelection(text.getCharCount());
                text.setTopIndex(Math.max(0, text.getLineCount() - visible));
            } else {
                text.setTopIndex(top);
            }
        }
        last = List.copyOf(now);
    }

    /** Whether the last line is in view (tests). */
    public boolean showsEnd() {
        int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
        return text.getTopIndex() + visible >= text.getLineCount() - 1;
    }

    void save(Path target, Exporter exporter) {
        try {
            exporter.export(target);
            feedback.setForeground(null);
            feedback.setText("Saved to " + target);
        } catch (IOException | RuntimeException ex) {
            feedback.setForeground(Colors.RED);
            feedback.setText("Could not save to " + target + ": " + ex.getMessage());
        }
    }

    /** Where the view is, for a test's failure message. */
    public String position() {
        int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
        return "top line " + text.getTopIndex() + " of " + text.getLineCount() + ", " + visible + " visible (area " + text.getClientArea()
                + ", line height " + text.getLineHeight() + "), following " + following;
    }

    /** The text as shown (tests). */
    public String text() {
        return text.getText();
    }

    /** The window (tests). */
    public Shell shell() {
        return shell;
    }
}
