package org.openjolo.astrolink4mini.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.astrojolo.gen1.sim.VirtualGen1Device;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;

/**
 * A real client checks the simulator's fidelity: the maker's INDI driver ({@code indi_astrolink4} from the
 * Debian package {@code indi-astrolink4}, run by {@code indiserver} from {@code indi-bin}) connects to the
 * virtual mini on a pseudo-terminal and reads its sensors and power values, moves the focuser, switches an
 * output, sets a PWM duty and runs the DC focuser, all through {@code indi_getprop}/{@code indi_setprop}.
 * {@code releng/scripts/ensure-system-packages.sh} installs the two packages.
 */
class IndiDriverTest {

    private static final String DEV = "AstroLink 4";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private int port;

    @Test
    void theMakersIndiDriverDrivesTheVirtualMini() throws Exception {
        requireTools();
        VirtualGen1Device virtual = new VirtualGen1Device(System::nanoTime, AstroLink4MiniFamily.DEVICE);
        virtual.setAmbientTemperature(7.5);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path log = dir.resolve("indiserver.log");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (SimulatedDevice sim = Hosts.host(virtual, HostKind.PTY, HostOptions.defaults().withLink(dir.resolve("ttyMini")))) {
            ProcessBuilder pb = new ProcessBuilder("indiserver", "-p", Integer.toString(port), "-u", dir.resolve("indi.sock").toString(), "indi_astrolink4")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // the driver keeps its configuration under $HOME/.indi: a fresh one, so no saved state leaks in
            pb.environment().put("HOME", home.toString());
            Process server = pb.start();
            try {
                Await.until("the driver's properties", WAIT, () -> !get(DEV + ".CONNECTION.CONNECT").isEmpty(), () -> read(log));
                set(DEV + ".DEVICE_PORT.PORT=" + sim.address().displayName());
                set(DEV + ".DEVICE_AUTO_SEARCH.INDI_DISABLED=On");
                set(DEV + ".CONNECTION.CONNECT=On");
                Await.until("connected", WAIT, () -> get(DEV + ".CONNECTION._STATE").equals("Ok"), () -> get(DEV + ".CONNECTION._STATE") + " " + read(log));
                assertEquals("#", sim.faults().received().get(0), "the driver identifies first");

                Await.until("the sensor read", WAIT, () -> near(get(DEV + ".WEATHER_PARAMETERS.WEATHER_TEMPERATURE"), 7.5, 0.01),
                        () -> get(DEV + ".WEATHER_PARAMETERS.WEATHER_TEMPERATURE"));
                double humidity = number(get(DEV + ".WEATHER_PARAMETERS.WEATHER_HUMIDITY"));
                assertTrue(humidity > 40 && humidity < 100, "humidity " + humidity);
                assertTrue(number(get(DEV + ".WEATHER_PARAMETERS.WEATHER_DEWPOINT")) < 7.5);
                double volts = number(get(DEV + ".POWER_DATA.VIN"));
                assertTrue(volts > 12.0 && volts < 12.7, "input voltage " + volts);
                assertTrue(number(get(DEV + ".POWER_DATA.ITOT")) > 0.1);
                assertEquals(25000, (int) number(get(DEV + ".FOCUS_MAX.FOCUS_MAX_VALUE")), "the u block read");

                set(DEV + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION=10800");
                Await.until("the focuser arrived, seen by the driver", WAIT,
                        () -> virtual.position() == 10800 && (int) number(get(DEV + ".ABS_FOCUS_POSITION.FOCUS_ABSOLUTE_POSITION")) == 10800
                                && get(DEV + ".ABS_FOCUS_POSITION._STATE").equals("Ok"),
                        () -> virtual.position() + " " + get(DEV + ".ABS_FOCUS_POSITION._STATE"));
                assertTrue(sim.faults().received().contains("R:0:10800"));

                set(DEV + ".DC2.PWR2BTN_ON=On");
                Await.until("output 2 on, seen by the driver", WAIT, () -> virtual.output(1) && get(DEV + ".DC2.PWR2BTN_ON").equals("On")
                        && get(DEV + ".DC2._STATE").equals("Ok"), () -> get(DEV + ".DC2._STATE"));
                assertTrue(sim.faults().received().contains("C:1:1"));

                // the driver takes the PWM elements by position: both are always sent
                set(DEV + ".PWM.PWM1_VAL;PWM2_VAL=40;0");
                Await.until("PWM A at 40 %", WAIT, () -> virtual.pwm(0) == 40 && (int) number(get(DEV + ".PWM.PWM1_VAL")) == 40);
                assertTrue(sim.faults().received().contains("B:0:40"));

                set(DEV + ".DC_FOC_DIR.DIR_IN=On");
                set(DEV + ".DC_FOC_TIME.DC_PERIOD;DC_PWM=1500;80");
                Await.until("the DC run", WAIT, () -> sim.faults().received().contains("G:1:80:1500"), () -> sim.faults().received().toString());
                assertEquals(1, virtual.dcRuns());

                String serverLog = read(log);
                assertFalse(serverLog.contains("restart") || serverLog.contains("terminate"), "the driver never crashed: " + serverLog);
            } finally {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void requireTools() throws Exception {
        for (String tool : List.of("indiserver", "indi_getprop", "indi_setprop", "indi_astrolink4")) {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
            if (p.waitFor() != 0) {
                throw new AssertionError(tool + " is not installed: install the Debian packages indi-bin and indi-astrolink4 "
                        + "(releng/scripts/ensure-system-packages.sh does)");
            }
        }
    }

    private void set(String spec) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("indi_setprop", "-p", Integer.toString(port), spec).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("indi_setprop " + spec + " failed: " + out);
        }
    }

    /** One property element's value, or "" when the server does not (yet) have it. */
    private String get(String name) {
        try {
            Process p = new ProcessBuilder("indi_getprop", "-1", "-t", "2", "-p", Integer.toString(port), name).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static double number(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static boolean near(String text, double expected, double tolerance) {
        return !text.isEmpty() && Math.abs(Double.parseDouble(text) - expected) <= tolerance;
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
