package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openjolo.core.DataLocation;
import org.openjolo.core.DeviceDetector;
import org.openjolo.core.DeviceProfiles;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.testing.Await;
import org.openjolo.testing.DamagedFiles;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;
import org.openjolo.ui.StatusReporter;

/**
 * The generic parts with a simulated AstroLink 4 USB, driven as an operator would; and what a start with a
 * damaged saved file shows.
 */
class WorkbenchUiTest {

    private static final String GARBAGE_LAYOUT = "<?xml version=\"1.0\"?><not-a-model";

    /** A device whose profile is found damaged as the workbench starts, and the layout file E4 would restore. */
    private Path damagedProfile;
    private Path layout;
    private final List<StatusReporter.Message> reported = new CopyOnWriteArrayList<>();

    @Test
    void everyGenericPartShowsTheSimulatedDeviceAndFollowsItsCommands() throws Throwable {
        Path root = Services.await(DataLocation.class).root();
        layout = root.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, GARBAGE_LAYOUT);
        String key = "astrolink4@serial:/dev/openjolo-ui-test-damaged";
        damagedProfile = root.resolve("settings/profiles").resolve(AtomicFiles.safeName(key) + ".json");
        Files.createDirectories(damagedProfile.getParent());
        Files.writeString(damagedProfile, "{\"output.1.label\": \"Mou");
        // read by the same loader a device's connection at start uses, before the start is reported
        Services.await(DeviceProfiles.class).of(key);
        StatusReporter status = Services.await(StatusReporter.class);
        Consumer<StatusReporter.Message> listener = reported::add;
        status.addListener(listener);
        try {
            WorkbenchHarness.run(this::operate);
        } finally {
            status.removeListener(listener);
        }
    }

    /** Damaged files: the one line about them once the start's connections are reported; a bad layout file never read. */
    private void damagedFilesAtStart(WorkbenchHarness w) throws Exception {
        String notice = "A saved file could not be read and was kept aside: settings/profiles/" + damagedProfile.getFileName()
                + " (defaults used; see Help > Show Application Log)";
        Await.until("the kept file told in the status line", WAIT, () -> reported.stream().anyMatch(m -> m.text().equals(notice)),
                () -> reported.toString());
        List<String> texts = reported.stream().map(StatusReporter.Message::text).toList();
        assertEquals(1, texts.stream().filter(notice::equals).count(), texts.toString());
        int connected = texts.indexOf(texts.stream().filter(t -> t.startsWith("Connected AstroLink 4 USB")).findFirst().orElseThrow());
        assertTrue(texts.indexOf(notice) > connected, "after the start's connections, so it is the line left showing: " + texts);
        StatusBar bar = w.object("org.openjolo.ui.statusbar", StatusBar.class);
        Await.until("the line in the status bar, unless a later message took its place", WAIT,
                () -> w.ui(bar::text).endsWith("  " + notice) || !reported.get(reported.size() - 1).text().equals(notice), () -> w.ui(bar::text));
        assertEquals(StatusReporter.Severity.WARNING, reported.stream().filter(m -> m.text().equals(notice)).findFirst().orElseThrow().severity());
        assertEquals("{\"output.1.label\": \"Mou", Files.readString(DamagedFiles.keptAside(damagedProfile)));
        // clearPersistedState: E4 deletes the layout it saved before it would read it, so a damaged one cannot stop the start
        assertFalse(Files.exists(layout) && Files.readString(layout).equals(GARBAGE_LAYOUT), "the damaged layout file is not restored");
    }

    /** A pixel nothing in a dark room would notice: every channel below a quarter of full brightness. */
    private static boolean dark(org.eclipse.swt.graphics.RGB c) {
        return c.red < 0x40 && c.green < 0x40 && c.blue < 0x40;
    }

    /**
     * View &gt; Night Theme turns the window red on black, Ctrl+Shift+N turns it back, View &gt; Dark Theme is dark
     * grey: measured on the window's pixels.
     */
    private static void themes(WorkbenchHarness w) throws Exception {
        double light = w.shareOfPixels(WorkbenchUiTest::dark);
        assertTrue(light < 0.3, "the Light theme is mostly light: " + light + " dark");
        w.choose("View", "Night Theme On/Off");
        double night = w.shareOfPixels(WorkbenchUiTest::dark);
        assertTrue(night > 0.8, "the Night theme is mostly black: only " + night + " dark");
        double bright = w.shareOfPixels(c -> c.green > 0x90 || c.blue > 0x90);
        w.screenshot("night");
        // not yet nothing: the toolkit's selected table row and slider, the stacks' minimize/maximize buttons and
        // the parts' own status colours still are (6 % of the window); the bound keeps it from growing
        assertTrue(bright < 0.08, "little is brighter than dim red under Night: " + bright);
        w.press(org.eclipse.swt.SWT.MOD1 | org.eclipse.swt.SWT.SHIFT, 'n');
        double back = w.shareOfPixels(WorkbenchUiTest::dark);
        assertTrue(back < 0.3, "Ctrl+Shift+N turned Night off: " + back + " dark");
        w.choose("View", "Dark Theme");
        double grey = w.shareOfPixels(c -> c.red < 0x50 && c.green < 0x50 && c.blue < 0x50);
        assertTrue(grey > 0.6, "the Dark theme is mostly dark grey: " + grey);
        w.choose("View", "Light Theme");
        double again = w.shareOfPixels(WorkbenchUiTest::dark);
        w.screenshot("light-after-dark");
        assertTrue(again < 0.3, "and back to Light: " + again + " dark");
    }

    /** A family that takes any AstroLink 4 for its own, as the AstroLink 4 micro takes a mini II's answers. */
    private record Twin() implements org.openjolo.core.DeviceFamily {
        @Override
        public String id() {
            return "twin";
        }

        @Override
        public String displayName() {
            return "Twin of the USB";
        }

        @Override
        public int baudRate() {
            return org.openjolo.astrolink4.AstroLink4.BAUD_RATE;
        }

        @Override
        public java.util.Optional<String> probe(org.openjolo.transport.Transport t) throws java.io.IOException {
            String answer = t.exchange("#", java.time.Duration.ofSeconds(2));
            return answer.startsWith("#:AstroLink4") ? java.util.Optional.of(answer.substring(2)) : java.util.Optional.empty();
        }

        @Override
        public org.openjolo.core.io.DeviceDriver open(org.openjolo.core.io.DeviceConnection connection) {
            throw new UnsupportedOperationException("detection only");
        }

        @Override
        public org.openjolo.core.spi.VirtualDevice createVirtualDevice() {
            throw new UnsupportedOperationException("detection only");
        }
    }

    /**
     * A device two installed families both recognise: Detect asks which model it is; "Not now" leaves both
     * offered, an answer is remembered and not asked again.
     */
    private static void ambiguousDetection(WorkbenchHarness w) throws Exception {
        DevicesPart devices = w.object("org.openjolo.ui.part.devices", DevicesPart.class);
        org.osgi.framework.ServiceRegistration<org.openjolo.core.DeviceFamily> twin = org.osgi.framework.FrameworkUtil.getBundle(DevicesPart.class)
                .getBundleContext().registerService(org.openjolo.core.DeviceFamily.class, new Twin(), null);
        org.openjolo.simulator.SimulatedDevice spare = Services.await(org.openjolo.simulator.Simulator.class).start("astrolink4",
                org.openjolo.simulator.HostKind.PTY, org.openjolo.simulator.HostOptions.unpaced());
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger(-1);
        w.ui(() -> w.applicationContext().set(org.openjolo.ui.internal.Confirmation.class, new org.openjolo.ui.internal.Confirmation() {
            @Override
            public boolean confirm(org.eclipse.swt.widgets.Shell parent, String title, String question) {
                throw new AssertionError("nothing to confirm here: " + question);
            }

            @Override
            public int choose(org.eclipse.swt.widgets.Shell parent, String title, String question, List<String> answers) {
                asked.add(title + " " + question + " " + answers);
                return answer.get();
            }
        }));
        DeviceDetector detector = Services.await(DeviceDetector.class);
        String port = spare.address().displayName();
        try {
            w.ui(() -> devices.detect(detector.detect(List.of(spare.address()))));
            Await.until("asked which model", WAIT, () -> asked.size() == 1 && w.ui(devices::feedback).startsWith("Found"), () -> w.ui(devices::feedback));
            assertEquals("Which device is on " + port + "? The device on " + port + " answers like AstroLink 4 USB and like Twin of the USB: its "
                    + "replies do not tell these models apart.\n\nWhich one is it? OpenJolo remembers your answer for this device. [AstroLink 4 USB, "
                    + "Twin of the USB]", asked.get(0));
            assertEquals("Found 1 device: AstroLink 4 USB or Twin of the USB on " + port + ". Choose one and press Connect.", w.ui(devices::feedback));
            assertTrue(w.ui(devices::portText).startsWith(port + "  (AstroLink 4 USB or Twin of the USB: "), w.ui(devices::portText));

            answer.set(0);
            w.ui(() -> devices.detect(detector.detect(List.of(spare.address()))));
            Await.until("asked again after 'Not now'", WAIT, () -> asked.size() == 2 && w.ui(devices::portText).startsWith(port + "  (AstroLink 4 USB: "),
                    () -> asked.size() + " " + w.ui(devices::portText));

            answer.set(1);
            w.ui(() -> devices.detect(detector.detect(List.of(spare.address()))));
            Await.until("the remembered model", WAIT, () -> w.ui(devices::feedback).equals("Found 1 device: AstroLink 4 USB on " + port
                    + ". Choose one and press Connect."), () -> w.ui(devices::feedback));
            assertEquals(2, asked.size(), "not asked once answered: " + asked);
        } finally {
            twin.unregister();
            spare.close();
        }
    }

    /** Detect offers the devices that answer and connects the chosen one (last: it adds a second device). */
    private static void detectAndConnect(WorkbenchHarness w) throws Exception {
        {
            DevicesPart devices = w.object("org.openjolo.ui.part.devices", DevicesPart.class);
            Await.until("the simulated device connected", WAIT, () -> w.ui(devices::rows).size() == 1);
            org.openjolo.simulator.SimulatedDevice spare = org.openjolo.testing.Services.await(org.openjolo.simulator.Simulator.class)
                    .start("astrolink4", org.openjolo.simulator.HostKind.PTY, org.openjolo.simulator.HostOptions.unpaced());
            try {
                org.openjolo.transport.TransportAddress inUse = org.openjolo.testing.Services.await(org.openjolo.core.DeviceRegistry.class).devices().get(0)
                        .identity().address();
                var running = org.openjolo.testing.Services.await(org.openjolo.core.DeviceDetector.class).detect(List.of(inUse, spare.address()));
                w.ui(() -> devices.detect(running));
                Await.until("the spare device found", WAIT, () -> w.ui(devices::feedback).startsWith("Found 1 device: AstroLink 4 USB on "),
                        () -> w.ui(devices::feedback));
                assertTrue(w.ui(devices::portText).startsWith(spare.address().displayName() + "  (AstroLink 4 USB: "), w.ui(devices::portText));
                w.screenshot("detect");
                w.ui(devices::pressConnect);
                Await.until("both devices connected", WAIT, () -> w.ui(devices::rows).size() == 2 && w.ui(devices::rows).stream().allMatch(r -> r.endsWith("|Connected")),
                        () -> w.ui(devices::rows).toString());
            } finally {
                spare.close();
            }
        }
    }

    /** About, the application log and a device's protocol trace, as a user gathers them for a problem report. */
    private static void diagnostics(WorkbenchHarness w, DevicesPart devices) throws Exception {
        w.choose("Help", "About OpenJolo Workbench\u2026");
        Await.until("the About window", WAIT, () -> w.windows(TextViewer.class).size() == 1);
        TextViewer about = w.windows(TextViewer.class).get(0);
        String text = w.ui(about::text);
        assertTrue(text.matches("(?s)OpenJolo Workbench 0\\.1\\.0\\..*Connected devices:\n  AstroLink 4 USB on .*: identifies as 'AstroLink4mini', connected, driver org\\.openjolo\\.astrolink4 0\\.1\\.0\\..*"), text);
        assertTrue(text.contains("\n    Focuser (focuser, Focuser): focuser.position, focuser.stepsToGo, focuser.moving; settings MAX_POSITION 1 to 10000000 steps,"),
                "the device's description: " + text);
        assertTrue(text.contains("\n    Sensor #2 (sensor2, EnvironmentSensors): sensor2.temperature, sensor2.humidity, sensor2.dewPoint\n"), text);
        assertTrue(text.contains("\nDevice families:\n"), text);
        assertTrue(text.matches("(?s).*\n  AstroLink 4 USB \\(astrolink4\\): org\\.openjolo\\.astrolink4 0\\.1\\.0\\..*"), text);
        assertTrue(text.contains("\nInstalled plugins:\n"), text);
        assertTrue(text.contains("  org.openjolo.ui 0.1.0."), text);
        Path saved = Files.createTempDirectory("about").resolve("about.txt");
        w.ui(() -> about.save(saved, target -> Files.writeString(target, about.text())));
        assertTrue(Files.readString(saved).startsWith("OpenJolo Workbench 0.1.0."));
        w.choose("Help", "About OpenJolo Workbench\u2026");
        Thread.sleep(300);
        assertEquals(1, w.windows(TextViewer.class).size(), "the menu brings the open window forward");
        w.screenshotScreen("about");
        w.ui(() -> about.shell().close());

        System.getLogger("org.openjolo.ui.tests").log(System.Logger.Level.WARNING, "a warning for the log viewer");
        w.choose("Help", "Show Application Log");
        Await.until("the log window", WAIT, () -> w.windows(TextViewer.class).size() == 1);
        TextViewer log = w.windows(TextViewer.class).get(0);
        String logText = w.ui(log::text);
        assertTrue(logText.contains("INFO    started: Java"), logText);
        assertTrue(logText.contains(" WARNING org.openjolo.ui.tests: a warning for the log viewer"), logText);
        Path logFile = org.openjolo.testing.Services.await(org.openjolo.core.ApplicationLog.class).file();
        assertTrue(Files.readString(logFile).contains("a warning for the log viewer"), "written to " + logFile);
        w.ui(() -> log.shell().close());

        w.ui(() -> devices.selectRow(0));
        assertFalse(w.ui(devices::traceShown));
        w.ui(() -> devices.setTrace(true));
        assertTrue(w.ui(devices::traceShown));
        assertTrue(w.ui(devices::feedback).startsWith("Tracing to "), w.ui(devices::feedback));
        TextViewer trace = w.ui(devices::showTrace);
        Await.until("requests and replies in the trace window", WAIT, () -> w.ui(trace::text).lines().anyMatch(l -> l.matches(".*  < .*\\(\\d+\\.\\d ms\\)")),
                () -> w.ui(trace::text));
        Await.until("the window following the newest lines", WAIT, () -> w.ui(trace::showsEnd), () -> w.ui(trace::position));
        Path traceFile = org.openjolo.testing.Services.await(org.openjolo.core.DeviceRegistry.class).trace(
                org.openjolo.testing.Services.await(org.openjolo.core.DeviceRegistry.class).devices().get(0)).orElseThrow().file();
        Await.until("the trace file written", WAIT, () -> traceFile.toFile().length() > 200);
        assertTrue(Files.readString(traceFile).contains("  < "), "replies in " + traceFile);
        w.screenshotScreen("protocol-trace");
        w.ui(() -> devices.setTrace(false));
        assertFalse(w.ui(devices::traceShown));
        w.ui(() -> trace.shell().close());
    }

    /** A pulled and replugged cable: the list and the status line say so once each; no window opens. */
    private static void cablePulled(WorkbenchHarness w, DevicesPart devices) throws Exception {
        org.openjolo.simulator.SimulatedDevice sim = org.openjolo.testing.Services.await(org.openjolo.simulator.Simulator.class).running().get(0);
        org.openjolo.ui.StatusReporter status = org.openjolo.testing.Services.await(org.openjolo.ui.StatusReporter.class);
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<org.openjolo.ui.StatusReporter.Message> listener = m -> messages.add(m.text());
        status.addListener(listener);
        int windows = w.ui(() -> org.eclipse.swt.widgets.Display.getCurrent().getShells().length);
        try {
            sim.faults().dropLink();
            Await.until("the device shown lost", WAIT, () -> w.ui(devices::rows).get(0).matches(".*\\|(Lost|Reconnecting)"), () -> w.ui(devices::rows).toString());
            Thread.sleep(3000); // a few reconnect attempts
            sim.faults().restoreLink();
            Await.until("the device shown connected again", WAIT, () -> w.ui(devices::rows).get(0).endsWith("|Connected"), () -> w.ui(devices::rows).toString());
            Await.until("the reconnect in the status line", WAIT, () -> messages.stream().anyMatch(m -> m.contains(": Reconnected after")), messages::toString);
        } finally {
            status.removeListener(listener);
        }
        assertEquals(1, messages.stream().filter(m -> m.contains(" lost (")).count(), "one message for the loss: " + messages);
        assertEquals(1, messages.stream().filter(m -> m.contains("Reconnected")).count(), "one for the return: " + messages);
        assertEquals(windows, (int) w.ui(() -> org.eclipse.swt.widgets.Display.getCurrent().getShells().length), "no window opened");
    }

    private void operate(WorkbenchHarness w) throws Exception {
        damagedFilesAtStart(w);
        FocuserPart focuser = w.object("org.openjolo.ui.part.focuser", FocuserPart.class);
        DevicesPart devices = w.object("org.openjolo.ui.part.devices", DevicesPart.class);

        Await.until("the simulated device's position on screen", WAIT,
                () -> w.ui(focuser::shownPosition).matches("\\d+"), () -> w.ui(focuser::shownPosition));
        assertEquals("10000", w.ui(focuser::shownPosition), "the simulator starts at 10000");
        List<String> rows = w.ui(devices::rows);
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("AstroLink 4 USB|") && rows.get(0).endsWith("|Connected"), rows.toString());

        w.ui(() -> focuser.typeTargetAndGo("99999"));
        assertEquals("Target position 99999 is outside the allowed range 0 to 25000 steps", w.ui(focuser::feedback));

        w.ui(() -> focuser.typeTargetAndGo("9400"));
        Await.until("the position to change on screen", WAIT, () -> !w.ui(focuser::shownPosition).equals("10000"));
        int between = Integer.parseInt(w.ui(focuser::shownPosition));
        assertTrue(between < 10000 && between >= 9400, "moving inward: " + between);
        Await.until("arrival at 9400 on screen", WAIT, () -> w.ui(focuser::shownPosition).equals("9400"), () -> w.ui(focuser::shownPosition));
        StatusBar bar = w.object("org.openjolo.ui.statusbar", StatusBar.class);
        assertTrue(w.ui(bar::text).contains("Move to 9400: sent"), w.ui(bar::text));
        w.ui(() -> focuser.storeCurrentAs("Ha filter"));
        assertEquals(List.of("Ha filter  \u2014  9400"), w.ui(focuser::storedPositions));
        w.ui(() -> focuser.storeCurrentAs("Ha filter"));
        assertEquals("A position named 'Ha filter' exists already", w.ui(focuser::feedback));
        assertEquals("9400", w.ui(() -> focuser.selectStored(0)), "choosing an entry fills Go to");
        assertEquals(List.of("Go", "Set to Current Position", "Rename to the Typed Name", "Delete"), w.ui(focuser::storedMenuItems));
        w.screenshot("focuser");

        w.show("org.openjolo.ui.part.outputs");
        OutputsPart outputs = w.object("org.openjolo.ui.part.outputs", OutputsPart.class);
        Await.until("the outputs' states", WAIT, () -> w.ui(outputs::switchTexts).size() == 3);
        assertEquals(List.of("ON", "off", "off"), w.ui(outputs::switchTexts), "DC 1 is on at power-up in the default settings");
        w.ui(() -> outputs.clickSwitch(1));
        Await.until("DC 2 on, as the device reports it", WAIT, () -> w.ui(outputs::switchTexts).get(1).equals("ON"),
                () -> w.ui(outputs::switchTexts).toString());
        w.ui(() -> outputs.dragDuty(0, 40));
        Await.until("PWM A at 40 % on screen", WAIT, () -> w.ui(() -> outputs.dutyText(0)).equals("40 %"));
        w.ui(() -> outputs.typeHeatPower(1, "150"));
        assertEquals("Heat power at max humidity 150 is outside the allowed range 0 to 100 %", w.ui(outputs::feedback),
                "refused in the limit's words, not turned into 100 %");
        assertEquals(org.openjolo.core.capability.PwmSettings.DEFAULT, Services.await(org.openjolo.core.DeviceRegistry.class).devices().get(0)
                .capability(org.openjolo.core.capability.PwmOutputs.class).orElseThrow().settings(1), "nothing stored");
        w.screenshot("outputs");

        w.show("org.openjolo.ui.part.environment");
        EnvironmentPart environment = w.object("org.openjolo.ui.part.environment", EnvironmentPart.class);
        Await.until("sensor values", WAIT, () -> w.ui(() -> environment.sensorRow(0)).matches("-?\\d+\\.\\d °C\\|\\d+ %\\|-?\\d+\\.\\d °C\\|dew (in \\d+\\.\\d °C|now)"),
                () -> w.ui(() -> environment.sensorRow(0)));
        String[] cells = w.ui(() -> environment.sensorRow(0)).split("\\|");
        double temperature = Double.parseDouble(cells[0].replace(" °C", ""));
        double dewPoint = Double.parseDouble(cells[2].replace(" °C", ""));
        assertEquals(temperature - dewPoint, Double.parseDouble(cells[3].replace("dew in ", "").replace(" °C", "")), 0.11,
                "the dew margin is the temperature above the dew point: " + String.join("|", cells));
        assertTrue(w.ui(environment::conditionText).matches(".+ (clear|mostly clear|partly cloudy|mostly cloudy|overcast)"),
                w.ui(environment::conditionText));
        w.screenshot("environment");

        w.show("org.openjolo.ui.part.power");
        PowerPart power = w.object("org.openjolo.ui.part.power", PowerPart.class);
        Await.until("the current on screen", WAIT, () -> w.ui(power::currentText).matches("\\d+\\.\\d\\d A"));
        assertEquals("", w.ui(power::tripText));
        w.ui(() -> power.setCurrentWarnLevel("0.1"));
        Await.until("the current shown red beyond its warn level", WAIT, () -> w.ui(power::currentShownAsAlert));
        w.ui(() -> power.setCurrentWarnLevel("abc"));
        assertEquals("Total current warn level 'abc' is outside the allowed range 0 to 15 A", w.ui(power::feedback));
        w.ui(() -> power.setCurrentWarnLevel(""));
        Await.until("no colour without a warn level", WAIT, () -> !w.ui(power::currentShownAsAlert));
        w.screenshot("power");

        deviceCommands(w, focuser);
        diagnostics(w, devices);
        cablePulled(w, devices);
        ambiguousDetection(w);
        themes(w);
        detectAndConnect(w);
        safeStops(w);
        disconnectEverything(w);
    }

    /**
     * The keys the Device menu shows move and stop the focuser. (In this test, not one of its own: a test JVM
     * runs one workbench, since E4 merges the plugins' model fragments once per runtime.)
     */
    private static void deviceCommands(WorkbenchHarness w, FocuserPart part) throws Exception {
        org.openjolo.core.Device device = Services.await(org.openjolo.core.DeviceRegistry.class).devices().get(0);
        org.openjolo.core.capability.Focuser focuser = device.capability(org.openjolo.core.capability.Focuser.class).orElseThrow();
        java.util.Map.Entry<String, Boolean> stop = w.menuItem("Device", "Stop Focusers");
        assertTrue(stop.getValue(), "enabled with a connected focuser");
        assertTrue(stop.getKey().endsWith("\tCtrl+."), "the menu shows the key: " + stop.getKey());
        assertTrue(w.menuItem("Device", "Move Focuser Out").getKey().endsWith("\tCtrl+="), w.menuItem("Device", "Move Focuser Out").getKey());

        // Ctrl+= moves out by the part's step (100)
        Await.until("the focuser idle", WAIT, () -> !focuser.isMoving());
        int before = focuser.position();
        w.press(org.eclipse.swt.SWT.MOD1, '=');
        Await.until("moved out by 100 with Ctrl+=", WAIT, () -> focuser.position() == before + 100 && !focuser.isMoving(), () -> "at " + focuser.position());

        // Ctrl+. stops a long move on the way
        int far = Math.min(focuser.settings().maxPosition(), focuser.position() + 20_000);
        focuser.moveTo(far).get();
        Await.until("moving", WAIT, focuser::isMoving);
        w.press(org.eclipse.swt.SWT.MOD1, '.');
        Await.until("stopped by Ctrl+.", WAIT, () -> !focuser.isMoving(), () -> "at " + focuser.position());
        assertTrue(focuser.position() < far, "stopped before " + far + ", at " + focuser.position());

        // Esc stops every moving focuser, whatever has the keyboard focus
        assertTrue(w.menuItem("Device", "Stop All Focusers").getKey().endsWith("\tEsc"), w.menuItem("Device", "Stop All Focusers").getKey());
        focuser.moveTo(far).get();
        Await.until("moving again", WAIT, focuser::isMoving);
        w.ui(() -> part.storeCurrentAs("passing"));
        assertEquals("The focuser is moving: store its position once it stands still", w.ui(part::feedback));
        assertEquals(1, w.ui(part::storedPositions).size(), "no passing position stored");
        w.press(0, (char) org.eclipse.swt.SWT.ESC);
        Await.until("stopped by Esc", WAIT, () -> !focuser.isMoving(), () -> "at " + focuser.position());
        assertTrue(focuser.position() < far, "stopped before " + far + ", at " + focuser.position());
        focuser.moveTo(10_000).get();
        Await.until("back at 10000", WAIT, () -> focuser.position() == 10_000 && !focuser.isMoving(), () -> "at " + focuser.position());

        // a stored position takes the current one from its right-click menu
        w.ui(() -> part.selectStored(0));
        w.ui(() -> part.chooseStoredMenu("Set to Current Position"));
        Await.until("'Ha filter' at 10000", WAIT, () -> w.ui(part::storedPositions).equals(List.of("Ha filter  \u2014  10000")),
                () -> w.ui(part::storedPositions).toString());
    }

    /**
     * Quitting or disconnecting while a focuser moves asks first: No leaves everything as it is; Yes to
     * Disconnect stops the motor (the stop on the wire) before the link goes.
     */
    private static void safeStops(WorkbenchHarness w) throws Exception {
        org.openjolo.core.DeviceRegistry registry = Services.await(org.openjolo.core.DeviceRegistry.class);
        org.openjolo.core.Device device = w.activate("astrolink4");
        org.openjolo.core.capability.Focuser focuser = device.capability(org.openjolo.core.capability.Focuser.class).orElseThrow();
        org.openjolo.simulator.SimulatedDevice sim = Services.await(org.openjolo.simulator.Simulator.class).running().stream()
                .filter(s -> s.address().equals(device.identity().address())).findFirst().orElseThrow();
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean answer = new java.util.concurrent.atomic.AtomicBoolean(false);
        w.ui(() -> w.applicationContext().set(org.openjolo.ui.internal.Confirmation.class, (shell, title, question) -> {
            asked.add(title + ": " + question);
            return answer.get();
        }));
        int far = Math.min(focuser.settings().maxPosition(), focuser.position() + 20_000);
        focuser.moveTo(far).get();
        Await.until("moving", WAIT, focuser::isMoving);
        String moving = "Focuser of " + device + " is moving: it is stopped first.";

        w.choose("File", "Quit");
        Await.until("asked before quitting", WAIT, () -> asked.size() == 1, asked::toString);
        assertTrue(asked.get(0).startsWith("Quit OpenJolo Workbench: " + moving), asked.get(0));
        assertTrue(focuser.isMoving(), "No: the workbench stays and the focuser goes on");

        w.choose("Device", "Disconnect");
        Await.until("asked before disconnecting", WAIT, () -> asked.size() == 2, asked::toString);
        assertTrue(asked.get(1).startsWith("Disconnect " + device + ": " + moving), asked.get(1));
        assertEquals(org.openjolo.core.ConnectionState.CONNECTED, device.state());
        assertTrue(focuser.isMoving(), "No: still connected, still moving");

        sim.faults().clearReceived();
        answer.set(true);
        w.choose("Device", "Disconnect");
        Await.until("disconnected after Yes", WAIT, () -> !registry.devices().contains(device));
        List<String> received = sim.faults().received();
        assertTrue(received.contains("H"), "the stop reached the device before the link went: " + received);
    }

    /** Last: Device > Disconnect until nothing is connected; then the device commands are disabled, Connect is not. */
    private static void disconnectEverything(WorkbenchHarness w) {
        org.openjolo.core.DeviceRegistry registry = Services.await(org.openjolo.core.DeviceRegistry.class);
        while (!registry.devices().isEmpty()) {
            int left = registry.devices().size();
            Await.until("Disconnect enabled while a device is active", WAIT, () -> w.menuItem("Device", "Disconnect").getValue());
            w.choose("Device", "Disconnect");
            Await.until("one device fewer", WAIT, () -> registry.devices().size() == left - 1);
        }
        Await.until("Disconnect disabled without a device", WAIT, () -> !w.menuItem("Device", "Disconnect").getValue());
        assertFalse(w.menuItem("Device", "Stop Focusers").getValue());
        assertTrue(w.menuItem("Device", "Connect").getValue());
    }
}
