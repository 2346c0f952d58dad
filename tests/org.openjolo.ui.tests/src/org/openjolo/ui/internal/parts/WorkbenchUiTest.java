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
    }
}
