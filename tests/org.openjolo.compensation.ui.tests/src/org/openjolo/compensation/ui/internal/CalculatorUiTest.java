package org.openjolo.compensation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import org.junit.jupiter.api.Test;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/** The calculator and compensation parts with a simulated AstroLink 4 USB. */
class CalculatorUiTest {

    @Test
    void pointsAreFittedPlottedAndTheCoefficientIsHandedToTheCompensationPart() throws Throwable {
        WorkbenchHarness.run(w -> {
            w.show("org.openjolo.compensation.ui.part.calculator");
            CalculatorPart calc = w.object("org.openjolo.compensation.ui.part.calculator", CalculatorPart.class);
            Await.until("the calculator bound to the device", WAIT, () -> w.ui(() -> calc.plotted() != null && calc.resultText() != null));
            String filter = "UI test " + System.nanoTime() % 100_000;
            w.ui(() -> calc.selectFilter(filter));
            assertEquals("At least 2 points are needed for a fit.", w.ui(calc::resultText));
            // 10000 + 35 T, except the point at 8 °C, noted 150 steps off
            double[] t = { 0, 4, 8, 12, 16, 20 };
            int[] p = { 10000, 10140, 10430, 10420, 10560, 10700 };
            w.ui(() -> {
                for (int i = 0; i < t.length; i++) {
                    calc.add(t[i], p[i]);
                }
            });
            String result = w.ui(calc::resultText);
            assertTrue(result.contains("1 point stands out from the line of the others"), result);
            assertEquals("points=6 suspects=1 fit=2", w.ui(calc::plotted));
            w.screenshot("calculator");

            w.ui(() -> calc.edit(2, 1, "10280"));
            assertTrue(w.ui(calc::resultText).startsWith("Coefficient 35.00 steps/°C, intercept 10000 steps, R² 1.0000, 6 points"), w.ui(calc::resultText));
            assertEquals("points=6 fit=2", w.ui(calc::plotted));
            assertEquals(java.util.List.of("0.0", "0.0", "0.0", "0.0", "0.0", "0.0"), w.ui(calc::residualTexts));
            w.ui(() -> calc.edit(2, 1, "99999"));
            assertEquals("Position 99999 is outside the allowed range 0 to 25000 steps", w.ui(calc::feedback));
            w.ui(() -> calc.edit(2, 0, "-60"));
            assertEquals("Temperature -60 is outside the allowed range -50 to 60 °C", w.ui(calc::feedback));
            assertEquals("points=6 fit=2", w.ui(calc::plotted), "refused edits leave the points as they were");
            assertTrue(w.ui(calc::resultText).startsWith("Coefficient 35.00 steps/°C, intercept 10000 steps, R² 1.0000, 6 points"), w.ui(calc::resultText));

            w.ui(() -> calc.setRange("0", "4"));
            assertTrue(w.ui(calc::resultText).contains("Fewer than 3 points"), w.ui(calc::resultText));
            w.ui(() -> calc.setRange("", ""));
            w.ui(calc::pressUseCoefficient);
            CompensationPart comp = w.object("org.openjolo.compensation.ui.part.compensation", CompensationPart.class);
            Await.until("the coefficient handed over", WAIT, () -> w.ui(comp::shownCoefficient).equals("35.00"), () -> w.ui(comp::shownCoefficient));
            assertEquals(org.openjolo.compensation.CompensationControl.Implementation.DEVICE_FIRMWARE, w.ui(comp::shownImplementation),
                    "the AstroLink 4 compensates in its firmware");
            w.screenshot("compensation");
        });
    }
}
