package org.openjolo.ui.internal.parts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4micro.AstroLink4Micro;
import org.openjolo.core.Device;
import org.openjolo.core.capability.Focuser;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/**
 * The AstroLink 4 micro in the product's window, simulated over a pseudo-terminal: its one focuser moved from the
 * focuser part, and the outputs part without a regulated output.
 */
class MicroWorkbenchTest {

    private static final String FOCUSER = "org.openjolo.ui.part.focuser";

    @Test
    void theFocuserPartDrivesTheOneFocuserAndNoRegulatedOutputIsShown() throws Throwable {
        WorkbenchHarness.run(w -> {
            Device micro = w.activate(AstroLink4Micro.FAMILY_ID);
            w.awaitParts(FOCUSER, "Focuser");
            Focuser focuser = micro.capability(Focuser.class).orElseThrow();
            Await.until("the focuser idle", WAIT, () -> !focuser.isMoving());
            int from = focuser.position();
            int target = from + 150;
            FocuserPart part = w.object(FOCUSER, FocuserPart.class);
            w.ui(() -> part.typeTargetAndGo(Integer.toString(target)));
            Await.until("under way or there", WAIT, () -> focuser.position() != from);
            Await.until("at " + target + " on screen", WAIT, () -> w.ui(part::shownPosition).equals(Integer.toString(target)) && !focuser.isMoving(),
                    () -> w.ui(part::shownPosition));
            w.screenshot("astrolink4micro-focuser");

            w.show("org.openjolo.ui.part.outputs");
            OutputsPart outputs = w.object("org.openjolo.ui.part.outputs", OutputsPart.class);
            Await.until("three outputs", WAIT, () -> w.ui(outputs::switchTexts).size() == 3, () -> w.ui(outputs::switchTexts).toString());
            assertTrue(w.ui(outputs::regulatedTexts).isEmpty(), "the micro has no regulated output: " + w.ui(outputs::regulatedTexts));
        }, "-simulate", AstroLink4Micro.FAMILY_ID);
    }
}
