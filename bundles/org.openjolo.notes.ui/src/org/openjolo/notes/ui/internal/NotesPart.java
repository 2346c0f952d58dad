package org.openjolo.notes.ui.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openjolo.notes.Autosave;
import org.openjolo.notes.AutosaveListener;
import org.openjolo.notes.CorruptNotesException;
import org.openjolo.notes.Match;
import org.openjolo.notes.Notes;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.parts.FeedbackLine;
import org.openjolo.ui.parts.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The session notes: tonight's text, saved as it is typed; earlier nights to read (not to change); a search
 * over all nights whose matches open their night at the line.
 */
public final class NotesPart {

    private static final System.Logger LOG = System.getLogger(NotesPart.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    // a workbench left open over noon moves on to the new night within this
    private static final int NEW_NIGHT_CHECK_MS = 60_000;

    @Inject
    Notes notes;

    @Inject
    StatusReporter status;

    private Display display;
    private Combo nightChoice;
    private final List<LocalDate> nights = new ArrayList<>();
    private Label state;
    private FeedbackLine feedback;
    private Text editor;
    private Text search;
    private Table matches;
    private List<Match> found = List.of();

    private LocalDate tonight;
    private String tonightText = "";
    private boolean tonightEditable;
    // what the state line says about tonight while an earlier night is shown
    private String tonightState = "";
    private boolean tonightFailed;
    private Autosave autosave;
    // set on the autosaver's thread, for the log when the part closes before the UI heard of it
    private volatile String lastFailure;
    private LocalDate shown;
    // setText fires Modify too: only the operator's typing goes to the autosaver
    private boolean loading;

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(3, false));
        new Label(parent, SWT.NONE).setText("Night");
        nightChoice = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        nightChoice.setToolTipText("Tonight's notes can be changed; earlier nights are shown read-only");
        nightChoice.addListener(SWT.Selection, e -> show(nights.get(nightChoice.getSelectionIndex())));
        nightChoice.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

        editor = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData text = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        // what the side column has left after the search: the notes matter more than the matches
        text.heightHint = 80;
        editor.setLayoutData(text);
        editor.addListener(SWT.Modify, e -> typed());
        // wrapped: a failure names the file, which is longer than the side column is wide
        state = new Label(parent, SWT.WRAP);
        GridData line = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        line.widthHint = 200;
        state.setLayoutData(line);
        feedback = new FeedbackLine(state, status);

        new Label(parent, SWT.NONE).setText("Search");
        search = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        search.setMessage("Find in all nights, e.g. focuser or flat");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        search.addListener(SWT.Modify, e -> search());
        matches = Tables.create(parent, SWT.SINGLE, 3, "Night", 90, "Line", 45, "Text", 330);
        GridData list = (GridData) matches.getLayoutData();
        list.horizontalSpan = 3;
        list.grabExcessVerticalSpace = false;
        matches.addListener(SWT.Selection, e -> choose(matches.getSelectionIndex()));

        openTonight(notes.tonight());
        display.timerExec(NEW_NIGHT_CHECK_MS, new Runnable() {
            @Override
            public void run() {
                if (!editor.isDisposed()) {
                    if (!notes.tonight().equals(tonight)) {
                        closeAutosave();
                        openTonight(notes.tonight());
                    }
                    display.timerExec(NEW_NIGHT_CHECK_MS, this);
                }
            }
        });
    }

    private void openTonight(LocalDate night) {
        tonight = night;
        tonightEditable = true;
        tonightFailed = false;
        tonightState = "Saved as you type";
        try {
            tonightText = notes.read(night);
        } catch (CorruptNotesException e) {
            tonightText = "";
            failed(e.getMessage());
        } catch (IOException e) {
            // typing over notes that could not be read would replace them
            tonightText = "";
            tonightEditable = false;
            failed(e.getMessage() + "; tonight's notes are read-only until the file can be read");
        }
        autosave = notes.autosave(night, new AutosaveListener() {
            @Override
            public void saved(LocalDate n, Instant at) {
                onUi(() -> NotesPart.this.saved(n, at));
            }

            @Override
            public void failed(LocalDate n, Exception error) {
                lastFailure = error.getMessage();
                onUi(() -> {
                    if (n.equals(tonight)) {
                        NotesPart.this.failed(error.getMessage());
                    }
                });
            }
        });
        listNights();
        show(night);
    }

    private void onUi(Runnable update) {
        try {
            display.asyncExec(() -> {
                if (!editor.isDisposed()) {
                    update.run();
                }
            });
        } catch (SWTException e) {
            // a display gone with the workbench has nowhere to show it: destroy() logged the last failure
            if (e.code != SWT.ERROR_DEVICE_DISPOSED) {
                throw e;
            }
        }
    }

    private void saved(LocalDate night, Instant at) {
        if (!night.equals(tonight)) {
            return;
        }
        tonightFailed = false;
        tonightState = "Saved " + TIME.format(at.atZone(ZoneId.systemDefault()));
        if (tonight.equals(shown)) {
            showState();
        }
    }

    private void failed(String message) {
        tonightFailed = true;
        tonightState = message;
        if (shown == null || tonight.equals(shown)) {
            feedback.say(Severity.ERROR, message);
        } else {
            status.report(Severity.ERROR, message);
        }
    }

    private void showState() {
        if (tonight.equals(shown)) {
            state.setText(tonightState);
            state.setForeground(tonightFailed ? Colors.RED : null);
        } else {
            state.setText("An earlier night: read-only");
            state.setForeground(Colors.GREY);
        }
        state.getParent().layout(true);
    }

    private void listNights() {
        nights.clear();
        nights.add(tonight);
        try {
            notes.nights().stream().filter(n -> !n.equals(tonight)).forEach(nights::add);
        } catch (IOException e) {
            feedback.say(Severity.ERROR, "The earlier nights could not be listed: " + e.getMessage());
        }
        nightChoice.setItems(nights.stream().map(n -> n.equals(tonight) ? "Tonight, " + n : n.toString()).toArray(String[]::new));
    }

    private void show(LocalDate night) {
        boolean isTonight = night.equals(tonight);
        String text = tonightText;
        String readError = null;
        if (!isTonight) {
            try {
                text = notes.read(night);
            } catch (IOException e) {
                text = "";
                readError = e.getMessage();
            }
        }
        shown = night;
        loading = true;
        try {
            editor.setText(text);
        } finally {
            loading = false;
        }
        boolean editable = isTonight && tonightEditable;
        editor.setEditable(editable);
        editor.setBackground(editable ? null : display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        nightChoice.select(nights.indexOf(night));
        if (readError != null) {
            feedback.say(Severity.ERROR, readError);
        } else {
            showState();
        }
    }

    private void typed() {
        if (loading || !tonight.equals(shown)) {
            return;
        }
        tonightText = editor.getText();
        autosave.changed(tonightText);
    }

    private void search() {
        // tonight's last keystrokes may still wait for the autosaver
        if (autosave.unsaved()) {
            autosave.flush();
        }
        try {
            found = notes.search(search.getText());
        } catch (IOException e) {
            found = List.of();
            feedback.say(Severity.ERROR, "The notes could not be searched: " + e.getMessage());
        }
        matches.removeAll();
        for (Match m : found) {
            new TableItem(matches, SWT.NONE).setText(new String[] { m.night().toString(), Integer.toString(m.line()), m.text() });
        }
    }

    /** Shows a match's night with its line selected. */
    private void choose(int index) {
        if (index < 0 || index >= found.size()) {
            return;
        }
        Match m = found.get(index);
        if (!nights.contains(m.night())) {
            listNights();
        }
        show(m.night());
        String text = editor.getText();
        int start = 0;
        for (int line = 1; line < m.line() && start >= 0; line++) {
            int next = text.indexOf(Text.DELIMITER, start);
            start = next < 0 ? -1 : next + Text.DELIMITER.length();
        }
        if (start >= 0) {
            int end = text.indexOf(Text.DELIMITER, start);
            editor.setSelection(start, end < 0 ? text.length() : end);
            editor.showSelection();
        }
    }

    private void closeAutosave() {
        if (!autosave.flush()) {
            LOG.log(Level.ERROR, "The last notes of " + tonight + " could not be saved: " + lastFailure);
        }
        autosave.close();
    }

    @PreDestroy
    void destroy() {
        if (autosave != null) {
            closeAutosave();
        }
    }

    /** For tests: types at the end of the text, as the operator would. */
    void type(String text) {
        editor.setSelection(editor.getCharCount());
        editor.insert(text);
    }

    /** For tests. */
    String text() {
        return editor.getText();
    }

    /** For tests. */
    boolean editable() {
        return editor.getEditable();
    }

    /** For tests. */
    LocalDate shownNight() {
        return shown;
    }

    /** For tests: the state line ("Saved 21:14:05", an error …). */
    String state() {
        return state.getText();
    }

    /** For tests: the nights offered, as the combo shows them. */
    List<String> nightChoices() {
        return List.of(nightChoice.getItems());
    }

    /** For tests: chooses a night in the combo. */
    void chooseNight(int index) {
        nightChoice.select(index);
        show(nights.get(index));
    }

    /** For tests: types a search. */
    void search(String text) {
        search.setText(text);
    }

    /** For tests: the matches as "night line text". */
    List<String> matches() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : matches.getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
        }
        return rows;
    }

    /** For tests: clicks a match. */
    void chooseMatch(int index) {
        matches.select(index);
        choose(index);
    }
}
