package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4max.AstroLink4Max;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/**
 * The AstroLink 4 MAX in the product's window, simulated over a pseudo-terminal: one focuser part (the copied
 * driver's second focuser is not offered), and the outputs with the regulated output's voltage.
 */
class MaxWorkbenchTest {

    private static final String FOCUSER = "org.openjolo.ui.part.focuser";
    private static final String OUTPUTS = "org.openjolo.ui.part.outputs";

    @Test
    void oneFocuserPartMovesTheFocuserAndTheOutputsShowTheRegulatedVoltage() throws Throwable {
        WorkbenchHarness.run(w -> {
            Device max = w.activate(AstroLink4Max.FAMILY_ID);
            w.awaitParts(FOCUSER, "Focuser");
            Focuser focuser = max.capability(Focuser.class).orElseThrow();
            Await.until("the focuser idle", WAIT, () -> !focuser.isMoving());
            int target = focuser.position() == 5_100 ? 5_200 : 5_100;
            FocuserPart part = w.object(FOCUSER, FocuserPart.class);
            w.ui(() -> part.typeTargetAndGo(Integer.toString(target)));
            Await.until("at " + target + " on screen", WAIT, () -> w.ui(part::shownPosition).equals(Integer.toString(target)),
                    () -> w.ui(part::shownPosition));
            assertEquals(target, focuser.position());

            w.show(OUTPUTS);
            OutputsPart outputs = w.object(OUTPUTS, OutputsPart.class);
            Await.until("three outputs and the regulated output at its simulated 5 V", WAIT,
                    () -> w.ui(outputs::switchTexts).size() == 3 && w.ui(outputs::regulatedTexts).contains("5.0 V"),
                    () -> w.ui(outputs::switchTexts) + " " + w.ui(outputs::regulatedTexts));
            // the part is taller than its place in the window: scroll to the regulated output for the screenshot
            assertTrue(w.ui(() -> reveal(Display.getCurrent().getShells(), "5.0 V")), "the regulated output's voltage label");
            w.screenshot("astrolink4max-outputs");
        }, "-simulate", AstroLink4Max.FAMILY_ID);
    }

    /** Scrolls the first label showing {@code text} into view within its scrolled part; whether there was one. */
    private static boolean reveal(Control[] controls, String text) {
        for (Control c : controls) {
            if (c instanceof Label l && text.equals(l.getText())) {
                for (Composite p = l.getParent(); p != null; p = p.getParent()) {
                    if (p instanceof ScrolledComposite sc) {
                        sc.showControl(l);
                        return true;
                    }
                }
            }
            if (c instanceof Composite composite && reveal(composite.getChildren(), text)) {
                return true;
            }
        }
        return false;
    }
}
