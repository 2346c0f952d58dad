package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.ui.Connections;
import org.osgi.framework.Bundle;

/**
 * The workbench as the product starts it (the application model of org.openjolo.app, the plugins' model
 * fragments, the life cycle with {@code -simulate astrolink4}), driven like an operator would drive it.
 * Needs a display: the build runs under Xvfb.
 */
class WorkbenchUiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

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
            }
        };
    }

    @Test
    void workbenchStartsConnectsASimulatedDeviceAndTheFocuserPartFollowsAMove() throws Throwable {
        Display display = Display.getDefault();
        E4Application application = new E4Application();
        E4Workbench workbench = application.createE4Workbench(context(
                "-applicationXMI", "org.openjolo.app/Application.e4xmi",
                "-lifeCycleURI", "bundleclass://org.openjolo.app/org.openjolo.app.internal.LifeCycle",
                "-clearPersistedState", "-simulate", "astrolink4"), display);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread operator = new Thread(() -> {
            try {
                operate(display, workbench);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                display.asyncExec(workbench::close);
            }
        }, "ui-test-operator");
        operator.start();
        workbench.createAndRunUI(workbench.getApplication());
        operator.join();
        Connections connections = Services.await(Connections.class);
        for (Device d : Services.await(DeviceRegistry.class).devices()) {
            connections.disconnect(d).join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static <T> T ui(Display display, Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(query.get()));
        return result.get();
    }

    private static <T> T part(Display display, E4Workbench workbench, String id, Class<T> type) {
        Await.until("part " + id, WAIT, () -> ui(display, () -> {
            MPart p = (MPart) workbench.getContext().get(EModelService.class).find(id, workbench.getApplication());
            return p != null && type.isInstance(p.getObject());
        }));
        return ui(display, () -> type.cast(((MPart) workbench.getContext().get(EModelService.class).find(id, workbench.getApplication())).getObject()));
    }

    private static void operate(Display display, E4Workbench workbench) {
        FocuserPart focuser = part(display, workbench, "org.openjolo.ui.part.focuser", FocuserPart.class);
        DevicesPart devices = part(display, workbench, "org.openjolo.ui.part.devices", DevicesPart.class);

        Await.until("the simulated device's position on screen", WAIT,
                () -> ui(display, focuser::shownPosition).matches("\\d+"), () -> ui(display, focuser::shownPosition));
        assertEquals("10000", ui(display, focuser::shownPosition), "the simulator starts at 10000");
        List<String> rows = ui(display, devices::rows);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("AstroLink 4 USB|") && rows.get(0).endsWith("|Connected"), rows.toString());

        display.syncExec(() -> focuser.typeTargetAndGo("99999"));
        assertEquals("Target position must be a whole number from 0 to 25000, not '99999'", ui(display, focuser::feedback));

        display.syncExec(() -> focuser.typeTargetAndGo("9400"));
        Await.until("the position to change on screen", WAIT, () -> !ui(display, focuser::shownPosition).equals("10000"));
        int between = Integer.parseInt(ui(display, focuser::shownPosition));
        assertTrue(between < 10000 && between >= 9400, "moving inward: " + between);
        Await.until("arrival at 9400 on screen", WAIT, () -> ui(display, focuser::shownPosition).equals("9400"),
                () -> ui(display, focuser::shownPosition));
        StatusBar[] bar = new StatusBar[1];
        display.syncExec(() -> {
            Object o = workbench.getContext().get(EModelService.class).find("org.openjolo.ui.statusbar", workbench.getApplication());
            bar[0] = (StatusBar) ((org.eclipse.e4.ui.model.application.ui.menu.MToolControl) o).getObject();
        });
        assertTrue(ui(display, bar[0]::text).contains("Focuser: Move to 9400: sent"), ui(display, bar[0]::text));
        display.syncExec(() -> focuser.storeCurrentAs("Ha filter"));
        assertEquals(List.of("Ha filter  \u2014  9400"), ui(display, focuser::storedPositions));
        display.syncExec(() -> focuser.storeCurrentAs("Ha filter"));
        assertEquals("A position named 'Ha filter' exists already", ui(display, focuser::feedback));
        screenshot(display, workbench, "focuser");

        show(display, workbench, "org.openjolo.ui.part.outputs");
        OutputsPart outputs = part(display, workbench, "org.openjolo.ui.part.outputs", OutputsPart.class);
        Await.until("the outputs' states", WAIT, () -> ui(display, outputs::switchTexts).size() == 3);
        assertEquals(List.of("ON", "off", "off"), ui(display, outputs::switchTexts), "DC 1 is on at power-up in the default settings");
        display.syncExec(() -> outputs.clickSwitch(1));
        Await.until("DC 2 on, as the device reports it", WAIT, () -> ui(display, outputs::switchTexts).get(1).equals("ON"),
                () -> ui(display, outputs::switchTexts).toString());
        display.syncExec(() -> outputs.dragDuty(0, 40));
        Await.until("PWM A at 40 % on screen", WAIT, () -> ui(display, () -> outputs.dutyText(0)).equals("40 %"));
        screenshot(display, workbench, "outputs");

        show(display, workbench, "org.openjolo.ui.part.environment");
        EnvironmentPart environment = part(display, workbench, "org.openjolo.ui.part.environment", EnvironmentPart.class);
        Await.until("sensor values", WAIT, () -> ui(display, () -> environment.sensorRow(0)).matches("-?\\d+\\.\\d °C\\|\\d+ %\\|-?\\d+\\.\\d °C"),
                () -> ui(display, () -> environment.sensorRow(0)));
        assertTrue(ui(display, environment::conditionText).matches(".+ (clear|mostly clear|partly cloudy|mostly cloudy|overcast)"),
                ui(display, environment::conditionText));
        screenshot(display, workbench, "environment");

        show(display, workbench, "org.openjolo.ui.part.power");
        PowerPart power = part(display, workbench, "org.openjolo.ui.part.power", PowerPart.class);
        Await.until("the current on screen", WAIT, () -> ui(display, power::currentText).matches("\\d+\\.\\d\\d A"));
        assertEquals("", ui(display, power::tripText));
        screenshot(display, workbench, "power");
    }

    private static void show(Display display, E4Workbench workbench, String id) {
        display.syncExec(() -> {
            org.eclipse.e4.ui.model.application.ui.basic.MWindow window = workbench.getApplication().getChildren().get(0);
            window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
                    .showPart(id, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
        });
    }

    /** Saves what the window shows to target/screenshots (releng/scripts/screenshots.sh copies them to docs/images). */
    private static void screenshot(Display display, E4Workbench workbench, String name) {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        display.syncExec(() -> {
            org.eclipse.swt.widgets.Shell shell = (org.eclipse.swt.widgets.Shell) workbench.getApplication().getChildren().get(0).getWidget();
            while (display.readAndDispatch()) {
                // let pending paints finish
            }
            org.eclipse.swt.graphics.Rectangle r = shell.getClientArea();
            org.eclipse.swt.graphics.Point origin = shell.toDisplay(0, 0);
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, r.width, r.height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            try {
                gc.copyArea(image, origin.x, origin.y);
                org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
                java.io.File dir = new java.io.File("target/screenshots");
                dir.mkdirs();
                loader.save(new java.io.File(dir, name + ".png").getPath(), org.eclipse.swt.SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
