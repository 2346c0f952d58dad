package org.openjolo.testing.ui;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.connections.Connections;
import org.osgi.framework.Bundle;

/**
 * The workbench as the product starts it (the application model of org.openjolo.app, every installed plugin's
 * model fragment, the life cycle with its program arguments), run on the test's thread while an operator
 * thread drives it. Needs a display: the build runs under Xvfb.
 */
public final class WorkbenchHarness {

    /** How long to wait for anything on screen. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    /** What the operator does; may throw. */
    @FunctionalInterface
    public interface Operator {
        /** Drives the workbench. */
        void operate(WorkbenchHarness workbench) throws Exception;
    }

    private final Display display;
    private final E4Workbench workbench;

    private WorkbenchHarness(Display display, E4Workbench workbench) {
        this.display = display;
        this.workbench = workbench;
    }

    /**
     * Starts the workbench with {@code -simulate astrolink4} plus {@code args}, runs {@code operator} on another
     * thread, closes the workbench and disconnects every device. Failures of the operator are rethrown.
     */
    public static void run(Operator operator, String... args) throws Throwable {
        Display display = Display.getDefault();
        List<String> all = new ArrayList<>(List.of("-applicationXMI", "org.openjolo.app/Application.e4xmi",
                "-lifeCycleURI", "bundleclass://org.openjolo.app/org.openjolo.app.internal.LifeCycle",
                "-clearPersistedState", "-cssTheme", "org.openjolo.theme.light", "-simulate", "astrolink4"));
        all.addAll(List.of(args));
        E4Workbench workbench = new E4Application().createE4Workbench(context(all.toArray(String[]::new)), display);
        WorkbenchHarness harness = new WorkbenchHarness(display, workbench);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                operator.operate(harness);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                display.asyncExec(workbench::close);
            }
        }, "ui-test-operator");
        thread.start();
        workbench.createAndRunUI(workbench.getApplication());
        thread.join();
        Connections connections = Services.await(Connections.class);
        for (Device d : Services.await(DeviceRegistry.class).devices()) {
            connections.disconnect(d).join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Runs {@code query} on the UI thread and returns its result. */
    public <T> T ui(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(query.get()));
        return result.get();
    }

    /** Runs {@code action} on the UI thread. */
    public void ui(Runnable action) {
        display.syncExec(action);
    }

    private MUIElement element(String id) {
        return workbench.getContext().get(EModelService.class).find(id, workbench.getApplication());
    }

    /**
     * The parts whose element id is {@code id} or starts with {@code id + ":"} (the copies a per-instance part
     * gets for a device's further instances) and that are in the window now, as "label" strings in model
     * order. Call on the UI thread ({@link #ui(Supplier)}).
     */
    public List<String> renderedParts(String id) {
        return workbench.getContext().get(EModelService.class)
                .findElements(workbench.getApplication(), null, org.eclipse.e4.ui.model.application.ui.basic.MPart.class).stream()
                .filter(p -> p.isToBeRendered() && (p.getElementId().equals(id) || p.getElementId().startsWith(id + ":")))
                .map(org.eclipse.e4.ui.model.application.ui.basic.MPart::getLabel).toList();
    }

    /** Waits until {@link #renderedParts(String)} for {@code id} are the parts labelled {@code labels}, in that order. */
    public void awaitParts(String id, String... labels) {
        List<String> wanted = List.of(labels);
        Await.until("the parts " + wanted, WAIT, () -> ui(() -> renderedParts(id)).equals(wanted), () -> "shown: " + ui(() -> renderedParts(id)));
    }

    /** Where a model element is, for a failure message: rendered or not, and what its stack shows. */
    private static String describe(MUIElement e) {
        if (e == null) {
            return "not in the model";
        }
        Object parent = e.getParent();
        String shown = parent instanceof org.eclipse.e4.ui.model.application.ui.basic.MPartStack stack && stack.getSelectedElement() != null
                ? stack.getSelectedElement().getElementId() : "nothing";
        return "toBeRendered " + e.isToBeRendered() + ", widget " + e.getWidget() + ", its stack shows " + shown;
    }

    /** The object behind a part or tool control, waiting for it to be created. */
    public <T> T object(String id, Class<T> type) {
        Supplier<Object> object = () -> {
            MUIElement e = element(id);
            return e instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart p ? p.getObject()
                    : e instanceof org.eclipse.e4.ui.model.application.ui.menu.MToolControl t ? t.getObject() : null;
        };
        Await.until(id + " on screen", WAIT, () -> ui(() -> type.isInstance(object.get())), () -> ui(() -> describe(element(id)) + "; the model's parts: "
                + workbench.getContext().get(EModelService.class).findElements(workbench.getApplication(), null,
                        org.eclipse.e4.ui.model.application.ui.basic.MPart.class).stream().map(MUIElement::getElementId).toList()));
        return ui(() -> type.cast(object.get()));
    }

    /**
     * Makes the device of {@code familyId} the active one once it is connected, as selecting it in the Devices
     * part would.
     */
    public Device activate(String familyId) {
        DeviceRegistry registry = Services.await(DeviceRegistry.class);
        Supplier<Device> find = () -> registry.devices().stream()
                .filter(d -> d.identity().familyId().equals(familyId) && d.state() == org.openjolo.core.ConnectionState.CONNECTED)
                .findFirst().orElse(null);
        Await.until("a connected " + familyId, WAIT, () -> find.get() != null);
        Device device = find.get();
        ui(() -> workbench.getApplication().getContext().set(org.openjolo.ui.UiKeys.ACTIVE_DEVICE, device));
        return device;
    }

    /** The application's context, e.g. to put a test's answer to a question there; use it on the UI thread. */
    public org.eclipse.e4.core.contexts.IEclipseContext applicationContext() {
        return workbench.getApplication().getContext();
    }

    /** Brings a part to the front, as clicking its tab would. */
    public void show(String id) {
        ui(() -> {
            MWindow window = workbench.getApplication().getChildren().get(0);
            window.getContext().get(EPartService.class).showPart(id, EPartService.PartState.ACTIVATE);
        });
    }

    /** Saves what the window shows to target/screenshots/NAME.png (releng/scripts/screenshots.sh copies them). */
    public void screenshot(String name) throws InterruptedException {
        save(name, () -> {
            Shell shell = (Shell) workbench.getApplication().getChildren().get(0).getWidget();
            Rectangle r = shell.getClientArea();
            Point origin = shell.toDisplay(0, 0);
            return new Rectangle(origin.x, origin.y, r.width, r.height);
        });
    }

    /**
     * The share of the window's pixels (its client area, after pending paints) that {@code test} accepts, e.g.
     * how much of it is dark under the Night theme.
     */
    public double shareOfPixels(java.util.function.Predicate<org.eclipse.swt.graphics.RGB> test) throws InterruptedException {
        Thread.sleep(600);
        return ui(() -> {
            while (display.readAndDispatch()) {
                // let pending paints finish
            }
            Shell shell = (Shell) workbench.getApplication().getChildren().get(0).getWidget();
            Rectangle r = shell.getClientArea();
            Point origin = shell.toDisplay(0, 0);
            Image image = new Image(display, r.width, r.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, origin.x, origin.y);
                ImageData data = image.getImageData();
                long accepted = 0;
                for (int y = 0; y < data.height; y++) {
                    for (int x = 0; x < data.width; x++) {
                        if (test.test(data.palette.getRGB(data.getPixel(x, y)))) {
                            accepted++;
                        }
                    }
                }
                return (double) accepted / ((long) data.width * data.height);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /** Saves the whole screen (the window and the dialogs over it) to target/screenshots/NAME.png. */
    public void screenshotScreen(String name) throws InterruptedException {
        save(name, display::getBounds);
    }

    private void save(String name, Supplier<Rectangle> area) throws InterruptedException {
        Thread.sleep(600);
        ui(() -> {
            while (display.readAndDispatch()) {
                // let pending paints finish
            }
            Rectangle r = area.get();
            Image image = new Image(display, r.width, r.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, r.x, r.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                File dir = new File("target/screenshots");
                dir.mkdirs();
                loader.save(new File(dir, name + ".png").getPath(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /**
     * Chooses a menu item of the main window as a click would, e.g. {@code choose("Help", "About OpenJolo
     * Workbench")}. Returns at once: what the item opens runs on the UI thread afterwards.
     */
    public void choose(String... path) {
        ui(() -> {
            Shell shell = (Shell) workbench.getApplication().getChildren().get(0).getWidget();
            Menu menu = shell.getMenuBar();
            MenuItem item = null;
            for (String label : path) {
                if (menu == null) {
                    throw new AssertionError("no menu to find '" + label + "' in");
                }
                item = null;
                for (MenuItem i : menu.getItems()) {
                    if (label(i).equals(label)) {
                        item = i;
                    }
                }
                if (item == null) {
                    throw new AssertionError("no menu item '" + label + "' in " + java.util.Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
                }
                // a menu's items are filled in when it is shown
                if (item.getMenu() != null) {
                    item.getMenu().notifyListeners(SWT.Show, new Event());
                }
                menu = item.getMenu();
            }
            MenuItem chosen = item;
            display.asyncExec(() -> chosen.notifyListeners(SWT.Selection, new Event()));
        });
    }

    /** A menu item's label without its mnemonic and accelerator. */
    private static String label(MenuItem i) {
        String text = i.getText().replace("&", "");
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    /**
     * The item at {@code path} in the menu bar as it would be shown now: its whole text (with the key after a
     * tab) and whether it is enabled, e.g. "Stop Focusers\tCtrl+." and true.
     */
    public Map.Entry<String, Boolean> menuItem(String... path) {
        return ui(() -> {
            Shell shell = (Shell) workbench.getApplication().getChildren().get(0).getWidget();
            Menu menu = shell.getMenuBar();
            MenuItem item = null;
            for (String name : path) {
                item = java.util.Arrays.stream(menu.getItems()).filter(i -> label(i).equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError("no menu item '" + name + "'"));
                if (item.getMenu() != null) {
                    // E4 fills in and enables a menu's items when it is shown
                    item.getMenu().notifyListeners(SWT.Show, new Event());
                }
                menu = item.getMenu();
            }
            return Map.entry(item.getText(), item.isEnabled());
        });
    }

    /**
     * Types a key with modifiers into the workbench window as the keyboard would (through the display's event
     * queue, so E4's key bindings see it), e.g. {@code press(SWT.MOD1, '.')}.
     */
    public void press(int modifiers, char key) {
        ui(() -> ((Shell) workbench.getApplication().getChildren().get(0).getWidget()).forceActive());
        List<Integer> mods = new ArrayList<>();
        for (int m : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & m) != 0 || (m == SWT.CTRL && (modifiers & SWT.MOD1) != 0 && SWT.MOD1 == SWT.CTRL)) {
                mods.add(m);
            }
        }
        for (int m : mods) {
            post(SWT.KeyDown, m, '\0');
        }
        post(SWT.KeyDown, key, key);
        post(SWT.KeyUp, key, key);
        for (int i = mods.size() - 1; i >= 0; i--) {
            post(SWT.KeyUp, mods.get(i), '\0');
        }
    }

    private void post(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        if (!ui(() -> display.post(e))) {
            throw new AssertionError("The display refused to post a key event");
        }
    }

    /** The open windows (other than the workbench's) whose shell data is a {@code type}, e.g. a dialog object. */
    public <T> List<T> windows(Class<T> type) {
        return ui(() -> java.util.Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && type.isInstance(s.getData()))
                .map(s -> type.cast(s.getData())).toList());
    }

    /** Whether something asked the workbench to restart (it then closes, and the start script starts it again). */
    public boolean restartRequested() {
        return workbench.isRestart();
    }

    /** What the Equinox launcher would hand the application. */
    private static IApplicationContext context(String... args) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(IApplicationContext.APPLICATION_ARGS, args);
        return new IApplicationContext() {
            @Override
            public Map<String, Object> getArguments() {
                return arguments;
            }

            @Override
            public void applicationRunning() {
                // nothing to announce: no splash screen in tests
            }

            @Override
            public String getBrandingApplication() {
                return "org.eclipse.e4.ui.workbench.swt.E4Application";
            }

            @Override
            public String getBrandingName() {
                return "OpenJolo Workbench";
            }

            @Override
            public String getBrandingDescription() {
                return null;
            }

            @Override
            public String getBrandingId() {
                return "org.openjolo.app.product";
            }

            @Override
            public String getBrandingProperty(String key) {
                return null;
            }

            @Override
            public Bundle getBrandingBundle() {
                return null;
            }

            @Override
            public void setResult(Object result, IApplication application) {
                // the harness reads the outcome from the operator thread instead
            }
        };
    }
}
