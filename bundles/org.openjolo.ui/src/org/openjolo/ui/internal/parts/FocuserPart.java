package org.openjolo.ui.internal.parts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.openjolo.core.NamedPositions;
import org.openjolo.core.Telemetry;
import org.openjolo.core.TelemetryKey;
import org.openjolo.core.description.CapabilityDescription;
import org.openjolo.core.description.Channel;
import org.openjolo.core.description.Quantities;
import org.openjolo.core.capability.Focuser;
import org.openjolo.core.capability.FocuserSettings;
import org.openjolo.core.capability.MotorState;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.StatusReporter.Severity;
import org.openjolo.ui.UiCommands;
import org.openjolo.core.description.Limit;
import org.openjolo.ui.parts.DevicePart;

/**
 * The generic focuser panel, bound to one {@link Focuser} instance of the active device (a device with two
 * focusers gets two of these panels): position and
 * motion, steps in and out with a coarse multiplier, go to a position, set (sync) the position, stored named
 * positions, stop.
 */
public final class FocuserPart extends DevicePart {

    static final int STEP_MAX = 100_000;

    private Focuser focuser;
    private NamedPositions named;
    private TelemetryKey<Integer> positionKey;
    private TelemetryKey<Integer> toGoKey;
    private Label position;
    private Label detail;
    private Label motor;
    private Text step;
    private Spinner coarse;
    private Text target;
    private Text syncTo;
    private org.eclipse.swt.widgets.List positions;
    private Text positionName;
    private List<NamedPositions.Entry> storedEntries = List.of();

    @Override
    protected String createControls(Composite parent) {
        focuser = capability(Focuser.class).orElse(null);
        if (focuser == null) {
            return device + " has no focuser.";
        }
        CapabilityDescription described = instance(Focuser.class).orElseThrow();
        named = new NamedPositions(device.profile(), described.id());
        positionKey = described.channel(Quantities.POSITION, Integer.class).map(Channel::key).orElse(null);
        toGoKey = described.channel(Quantities.STEPS_TO_GO, Integer.class).map(Channel::key).orElse(null);
        Group where = new Group(parent, SWT.NONE);
        where.setText("Position");
        where.setLayout(new GridLayout(2, false));
        where.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        position = new Label(where, SWT.NONE);
        FontData[] fd = position.getFont().getFontData();
        for (FontData f : fd) {
            f.setHeight(f.getHeight() * 3);
            f.setStyle(SWT.BOLD);
        }
        Font big = new Font(parent.getDisplay(), fd);
        position.setFont(big);
        position.addDisposeListener(e -> big.dispose());
        position.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 1, 2));
        motor = new Label(where, SWT.NONE);
        motor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        detail = new Label(where, SWT.NONE);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Group move = new Group(parent, SWT.NONE);
        move.setText("Move");
        move.setLayout(new GridLayout(8, false));
        move.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(move, "\u25C0\u25C0 In", "Move in by step × coarse factor", () -> execute(UiCommands.MOVE_IN, Map.of(UiCommands.COARSE, "true")));
        button(move, "\u25C0 In", "Move in by one step size (Ctrl+-)", () -> execute(UiCommands.MOVE_IN, Map.of()));
        step = new Text(move, SWT.BORDER | SWT.RIGHT);
        step.setText("100");
        step.setToolTipText("Step size for In/Out, 1 to " + STEP_MAX + " steps");
        step.setLayoutData(new GridData(70, SWT.DEFAULT));
        button(move, "Out \u25B6", "Move out by one step size (Ctrl+=)", () -> execute(UiCommands.MOVE_OUT, Map.of()));
        button(move, "Out \u25B6\u25B6", "Move out by step × coarse factor", () -> execute(UiCommands.MOVE_OUT, Map.of(UiCommands.COARSE, "true")));
        new Label(move, SWT.NONE).setText("  Coarse \u00D7");
        coarse = new Spinner(move, SWT.BORDER);
        coarse.setValues(5, 2, 10, 0, 1, 1);
        coarse.setToolTipText("Coarse factor, 2 to 10 (the manual's coarse relative movement)");
        new Label(move, SWT.NONE);

        Group go = new Group(parent, SWT.NONE);
        go.setText("Absolute");
        go.setLayout(new GridLayout(6, false));
        go.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(go, SWT.NONE).setText("Go to");
        target = new Text(go, SWT.BORDER | SWT.RIGHT);
        target.setLayoutData(new GridData(90, SWT.DEFAULT));
        target.addListener(SWT.DefaultSelection, e -> goTo());
        button(go, "Go", "Move to this position", this::goTo);
        new Label(go, SWT.NONE).setText("    Set position to");
        syncTo = new Text(go, SWT.BORDER | SWT.RIGHT);
        syncTo.setLayoutData(new GridData(90, SWT.DEFAULT));
        syncTo.setToolTipText("Declare the current position without moving (e.g. 0 at the inner stop)");
        button(go, "Set", "Declare the current position without moving", this::syncPosition);

        Group stored = new Group(parent, SWT.NONE);
        stored.setText("Stored positions");
        stored.setLayout(new GridLayout(6, false));
        stored.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        positions = new org.eclipse.swt.widgets.List(stored, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        listData.heightHint = 70;
        positions.setLayoutData(listData);
        positions.addListener(SWT.DefaultSelection, e -> goToStored());
        // choosing an entry prepares Go to and the name field, so the operator sees what Go and Rename act on
        positions.addListener(SWT.Selection, e -> {
            int i = positions.getSelectionIndex();
            if (i >= 0 && i < storedEntries.size()) {
                target.setText(Integer.toString(storedEntries.get(i).position()));
                positionName.setText(storedEntries.get(i).name());
            }
        });
        positions.setMenu(storedMenu(positions));
        new Label(stored, SWT.NONE).setText("Name");
        positionName = new Text(stored, SWT.BORDER);
        positionName.setLayoutData(new GridData(120, SWT.DEFAULT));
        positionName.setToolTipText("1 to 32 characters");
        button(stored, "Store current", "Store the current position under this name", this::storeCurrent);
        button(stored, "Rename", "Give the selected position the name typed here", this::renameStored);
        new Label(stored, SWT.NONE);
        button(stored, "Go", "Move to the selected position", this::goToStored);
        button(stored, "Delete", "Forget the selected position", this::deleteStored);
        new Label(stored, SWT.NONE);
        new Label(stored, SWT.NONE);

        Button stop = new Button(parent, SWT.PUSH);
        stop.setText("STOP");
        stop.setToolTipText("Stop every focuser of the device now (Ctrl+.)");
        stop.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        stop.addListener(SWT.Selection, e -> execute(UiCommands.STOP_FOCUSERS, Map.of()));
        return null;
    }


    /**
     * Moves this part's focuser by the typed step in {@code direction} (-1 in, 1 out), times the coarse factor
     * when asked: what the In and Out commands do.
     */
    public void moveBy(int direction, boolean coarseMove) {
        if (focuser == null || step.isDisposed()) {
            return;
        }
        Integer n = parse(step, "Step", 1, STEP_MAX);
        if (n != null) {
            int delta = direction * n * (coarseMove ? coarse.getSelection() : 1);
            run(focuser.moveBy(delta), (delta > 0 ? "Move out " : "Move in ") + Math.abs(delta) + " steps", "sent");
        }
    }

    private void goTo() {
        absolute(target, "Target position", "Move to ", Focuser::moveTo);
    }

    private void syncPosition() {
        absolute(syncTo, "Position", "Set position to ", Focuser::sync);
    }

    /** A command taking a position between 0 and the maximum, typed into {@code field}. */
    private void absolute(Text field, String what, String verb, BiFunction<Focuser, Integer, CompletableFuture<Void>> command) {
        Integer value = parse(field, what, 0, focuser.settings().maxPosition());
        if (value != null) {
            run(command.apply(focuser, value), verb + value, "sent");
        }
    }

    /** Reads a whole number of steps within {@code min..max} in the limit's words; back to the field when it is not one. */
    private Integer parse(Text field, String what, int min, int max) {
        Double v = number(Limit.whole(min, max, "steps"), what, field.getText());
        if (v == null) {
            field.setFocus();
            return null;
        }
        return v.intValue();
    }

    private void refreshStored() {
        storedEntries = named.list();
        String[] items = storedEntries.stream().map(e -> e.name() + "  \u2014  " + e.position()).toArray(String[]::new);
        if (!Arrays.equals(items, positions.getItems())) {
            positions.setItems(items);
        }
    }

    /** The right-click menu of the stored positions: what the buttons do, and moving an entry to here. */
    private org.eclipse.swt.widgets.Menu storedMenu(org.eclipse.swt.widgets.List list) {
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(list);
        menuItem(menu, "Go", this::goToStored);
        menuItem(menu, "Set to Current Position", this::setStoredToCurrent);
        menuItem(menu, "Rename to the Typed Name", this::renameStored);
        menuItem(menu, "Delete", this::deleteStored);
        return menu;
    }

    private static void menuItem(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
        org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private NamedPositions.Entry selectedStored() {
        int i = positions.getSelectionIndex();
        if (i < 0 || i >= storedEntries.size()) {
            say(Severity.ERROR, "Select a stored position first.");
            return null;
        }
        return storedEntries.get(i);
    }

    private void storeCurrent() {
        if (focuser.isMoving()) {
            say(Severity.ERROR, "The focuser is moving: store its position once it stands still");
            return;
        }
        try {
            named.add(positionName.getText(), focuser.position(), focuser.settings().maxPosition());
            say(Severity.INFO, "Stored position '" + positionName.getText().strip() + "' at " + focuser.position());
            refreshStored();
        } catch (IllegalArgumentException e) {
            say(Severity.ERROR, e.getMessage());
        }
    }

    private void setStoredToCurrent() {
        NamedPositions.Entry e = selectedStored();
        if (e == null) {
            return;
        }
        if (focuser.isMoving()) {
            say(Severity.ERROR, "The focuser is moving: set '" + e.name() + "' once it stands still");
            return;
        }
        try {
            named.move(e.name(), focuser.position(), focuser.settings().maxPosition());
            say(Severity.INFO, "'" + e.name() + "' is now " + focuser.position());
            refreshStored();
        } catch (IllegalArgumentException ex) {
            say(Severity.ERROR, ex.getMessage());
        }
    }

    private void renameStored() {
        NamedPositions.Entry e = selectedStored();
        if (e == null) {
            return;
        }
        try {
            named.rename(e.name(), positionName.getText());
            refreshStored();
        } catch (IllegalArgumentException ex) {
            say(Severity.ERROR, ex.getMessage());
        }
    }

    private void deleteStored() {
        NamedPositions.Entry e = selectedStored();
        if (e != null) {
            named.delete(e.name());
            refreshStored();
        }
    }

    private void goToStored() {
        NamedPositions.Entry e = selectedStored();
        if (e != null) {
            run(focuser.moveTo(e.position()), "Move to '" + e.name() + "' (" + e.position() + ")", "sent");
        }
    }

    @Override
    protected void refresh() {
        Telemetry t = device.latestTelemetry().orElse(null);
        if (t == null || positionKey == null || !t.has(positionKey)) {
            position.setText("\u2014");
            detail.setText("");
            motor.setText("");
        } else {
            int pos = t.get(positionKey).orElseThrow();
            int toGo = toGoKey == null ? 0 : t.get(toGoKey).orElse(0);
            FocuserSettings s = focuser.settings();
            position.setText(Integer.toString(pos));
            position.setForeground(stateColor(positionKey));
            detail.setText(String.format(Locale.ROOT, "%.3f mm", s.toMillimetres(pos)) + "   max " + s.maxPosition()
                    + (toGo != 0 ? "   target " + (pos + toGo) : "") + (s.reversed() ? "   reversed" : "")
                    + (s.backlash() != 0 ? "   backlash " + s.backlash() + " applied by the workbench" : ""));
            MotorState m = toGo != 0 ? MotorState.MOVING : focuser.motorState();
            motor.setText("\u25CF " + switch (m) {
                case MOVING -> "Moving";
                case HOLDING -> "Idle, holding current";
                case IDLE -> "Idle";
            });
            motor.setForeground(Colors.of(m));
        }
        refreshStored();
        position.getParent().layout(true);
    }

    /** Puts the caret in the Go to field, for the Go to command. */
    public void focusTarget() {
        if (target != null && !target.isDisposed()) {
            target.setFocus();
            target.selectAll();
        }
    }

    /** For tests: the position as shown. */
    String shownPosition() {
        return position == null || position.isDisposed() ? "" : position.getText();
    }

    /** For tests: types a target and presses Go, as an operator would. */
    void typeTargetAndGo(String text) {
        target.setText(text);
        goTo();
    }

    /** For tests: stores the current position under a name. */
    void storeCurrentAs(String name) {
        positionName.setText(name);
        storeCurrent();
    }

    /** For tests: selects a stored position as a click would, and returns what Go to then holds. */
    String selectStored(int index) {
        positions.select(index);
        positions.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        return target.getText();
    }

    /** For tests: the right-click menu's items, and choosing one of them. */
    List<String> storedMenuItems() {
        return Arrays.stream(positions.getMenu().getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList();
    }

    /** For tests: chooses an item of the right-click menu. */
    void chooseStoredMenu(String text) {
        Arrays.stream(positions.getMenu().getItems()).filter(i -> i.getText().equals(text)).findFirst().orElseThrow()
                .notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** For tests: the stored positions as listed. */
    List<String> storedPositions() {
        return Arrays.asList(positions.getItems());
    }
}
