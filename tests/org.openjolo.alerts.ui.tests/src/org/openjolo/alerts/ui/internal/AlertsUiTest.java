package org.openjolo.alerts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openjolo.alerts.AlertListener;
import org.openjolo.alerts.AlertNotifications;
import org.openjolo.alerts.AlertRule;
import org.openjolo.alerts.Alerts;
import org.openjolo.alerts.DefaultRules;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.testing.Await;
import org.openjolo.testing.Services;
import org.openjolo.testing.ui.WorkbenchHarness;
import org.openjolo.ui.StatusReporter;

/** The limits editor, the Alerts part and the safety indicator with a live alert of a simulated AstroLink 4 USB. */
class AlertsUiTest {

    @Test
    void aLowVoltageLevelAboveTheSupplyIsALiveCriticalAlertEverywhereItIsShown() throws Throwable {
        WorkbenchHarness.run(w -> {
            Alerts alerts = Services.await(Alerts.class);
            AtomicInteger sounds = new AtomicInteger();
            AlertListener counter = new AlertListener() {
                @Override
                public void soundDue(String deviceKey) {
                    sounds.incrementAndGet();
                }
            };
            alerts.addListener(counter);
            List<StatusReporter.Message> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
            StatusReporter status = Services.await(StatusReporter.class);
            java.util.function.Consumer<StatusReporter.Message> collect = messages::add;
            status.addListener(collect);
            w.show("org.openjolo.alerts.ui.part.alerts");
            AlertsPart part = w.object("org.openjolo.alerts.ui.part.alerts", AlertsPart.class);
            Await.until("the Alerts part bound to the device", WAIT, () -> w.ui(() -> !part.rows().isEmpty()));
            Device device = Services.await(DeviceRegistry.class).devices().get(0);
            try {
                Await.until("humidity in range", WAIT, () -> w.ui(part::rows).stream().anyMatch(r -> r.startsWith("Humidity #1|") && r.contains("|\u2264 100 %|OK|")),
                        () -> w.ui(part::rows).toString());
                w.ui(() -> part.setSystemSound(true));
                assertEquals(new AlertNotifications(false, true), alerts.notifications(device));

                w.show("org.openjolo.alerts.ui.part.limits");
                AlertLimitsPart limits = w.object("org.openjolo.alerts.ui.part.limits", AlertLimitsPart.class);
                Await.until("the limits editor bound to the device", WAIT, () -> w.ui(() -> limits.feedback() != null && !limits.rows.isEmpty()));
                List<AlertRule> before = alerts.rules(device);
                w.ui(() -> limits.type("env.humidity1", "max", "abc"));
                w.ui(limits::save);
                assertEquals("Humidity #1: the maximum must be a number or empty, not 'abc'", w.ui(limits::feedback));
                w.ui(() -> limits.type("env.humidity1", "max", "100"));
                w.ui(() -> limits.type("env.humidity1", "min", "120"));
                w.ui(limits::save);
                assertEquals("Humidity #1 minimum 120 is outside the allowed range 0 to 100 %", w.ui(limits::feedback),
                        "a limit the channel can never read, in the words of the channel's limit");
                w.ui(() -> limits.type("env.humidity1", "min", "99.5"));
                w.ui(() -> limits.type("env.humidity1", "max", "90"));
                w.ui(limits::save);
                assertEquals("Humidity #1: the minimum 99.5 must be below the maximum 90.0", w.ui(limits::feedback));
                w.ui(() -> limits.type("env.humidity1", "max", "100"));
                assertEquals(before, alerts.rules(device), "nothing saved while a field is wrong");
                w.ui(() -> limits.type("env.humidity1", "min", ""));
                w.ui(() -> limits.type(DefaultRules.LOW_VOLTAGE, "min", "13"));
                w.ui(() -> limits.tick(DefaultRules.LOW_VOLTAGE, true, true));
                w.ui(limits::save);
                assertEquals("Limits saved", w.ui(limits::feedback));
                AlertRule low = alerts.rules(device).stream().filter(r -> r.id().equals(DefaultRules.LOW_VOLTAGE)).findFirst().orElseThrow();
                assertEquals(13.0, low.min());
                assertTrue(low.enabled() && low.critical());
                w.ui(() -> limits.watch("PWM A"));
                String pwmRule = DefaultRules.CUSTOM + org.openjolo.core.StandardTelemetry.pwm(0).id();
                assertTrue(w.ui(() -> limits.rows.containsKey(pwmRule)), "a rule over any telemetry value");
                w.ui(() -> limits.type(pwmRule, "max", "50"));
                w.ui(() -> limits.tick(pwmRule, true, false));
                w.ui(limits::save);
                assertEquals(50.0, alerts.rules(device).stream().filter(r -> r.id().equals(pwmRule)).findFirst().orElseThrow().max());
                w.screenshot("alert-limits");

                w.show("org.openjolo.alerts.ui.part.alerts");
                Await.until("the live alert in red", WAIT, () -> w.ui(() -> part.shownRed(DefaultRules.LOW_VOLTAGE)), () -> w.ui(part::rows).toString());
                assertTrue(w.ui(part::rows).stream().anyMatch(r -> r.matches("Low input voltage\\|1[12]\\.\\d\\d V\\|\u2265 13 V\\|ALERT\\|yes")), w.ui(part::rows).toString());
                Await.until("UNSAFE shown", WAIT, () -> w.ui(part::safetyText).equals("\u25CF UNSAFE"));
                Await.until("the alert in the history", WAIT,
                        () -> w.ui(part::historyRows).stream().findFirst().orElse("").matches("ALERT\\|Low input voltage 1[12]\\.\\d\\d V is below 13\\.00 V"), () -> w.ui(part::historyRows).toString());
                SafetyIndicator indicator = w.object("org.openjolo.alerts.ui.safety", SafetyIndicator.class);
                Await.until("the status bar says UNSAFE", WAIT, () -> w.ui(indicator::text).startsWith("\u25CF UNSAFE  \u00B7  1 alert"), () -> w.ui(indicator::text));
                assertTrue(messages.stream().anyMatch(m -> m.severity() == StatusReporter.Severity.ERROR && m.text().startsWith("Alert: Low input voltage")),
                        messages.toString());
                assertTrue(messages.stream().anyMatch(m -> m.text().startsWith("The observatory is UNSAFE: Low input voltage")), messages.toString());
                Await.until("the system sound asked for", WAIT, () -> sounds.get() == 1);
                w.screenshot("alerts");

                device.capability(org.openjolo.core.capability.PwmOutputs.class).orElseThrow().setDuty(0, 80).get(10, java.util.concurrent.TimeUnit.SECONDS);
                Await.until("PWM A at 80 % in alert", WAIT, () -> alerts.state(device, org.openjolo.core.StandardTelemetry.pwm(0)) == org.openjolo.alerts.AlertState.ALERT);
                Await.until("PWM A shown in alert", WAIT, () -> w.ui(part::rows).stream().anyMatch(r -> r.startsWith("PWM A|80.00 %|≤ 50 %|ALERT|")),
                        () -> w.ui(part::rows).toString());
                alerts.removeRule(device, pwmRule);
                assertTrue(alerts.rules(device).stream().noneMatch(r -> r.id().equals(pwmRule)));
                device.capability(org.openjolo.core.capability.PwmOutputs.class).orElseThrow().setDuty(0, 0).get(10, java.util.concurrent.TimeUnit.SECONDS);

                w.ui(part::acknowledge);
                assertTrue(w.ui(part::rows).stream().anyMatch(r -> r.contains("|ALERT (ack.)|yes")), w.ui(part::rows).toString());
            } finally {
                alerts.removeListener(counter);
                status.removeListener(collect);
                alerts.setRules(device, DefaultRules.forDevice(device.description()));
                alerts.setNotifications(device, AlertNotifications.NONE);
            }
        });
    }
}
