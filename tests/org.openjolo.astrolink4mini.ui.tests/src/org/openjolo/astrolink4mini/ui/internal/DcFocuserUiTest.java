package org.openjolo.astrolink4mini.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openjolo.testing.ui.WorkbenchHarness.WAIT;

import org.junit.jupiter.api.Test;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.core.Device;
import org.openjolo.core.capability.DcFocuser;
import org.openjolo.testing.Await;
import org.openjolo.testing.ui.WorkbenchHarness;

/** The mini's DC focuser part, contributed by this bundle's own model fragment, with a simulated mini. */
class DcFocuserUiTest {

    private static final String PART = "org.openjolo.astrolink4mini.ui.part.dcFocuser";

    @Test
    void aTimedRunShowsRunningThenStoppedAndABadValueIsNamed() throws Throwable {
        WorkbenchHarness.run(w -> {
            w.show(PART);
            DcFocuserPart part = w.object(PART, DcFocuserPart.class);
            w.activate(org.openjolo.astrolink4.AstroLink4.FAMILY_ID);
            Await.until("no DC controls for the AstroLink 4 USB", WAIT, () -> w.ui(part::shownState).isEmpty());
            Device mini = w.activate(AstroLink4Mini.FAMILY_ID);
            DcFocuser dc = mini.capability(DcFocuser.class).orElseThrow();
            Await.until("the mini's part", WAIT, () -> w.ui(part::shownState).contains("Stopped"), () -> w.ui(part::feedback));

            w.ui(() -> part.typeAndRun("150", "3000", true));
            assertEquals("DC focuser power 150 is outside the allowed range 10 to 100 %", w.ui(part::feedback), "refused, not turned into 100 %");
            assertTrue(!dc.isRunning(), "nothing runs");
            w.ui(() -> part.typeAndRun("-5", "3000", true));
            assertEquals("DC focuser power -5 is outside the allowed range 10 to 100 %", w.ui(part::feedback), "refused, not turned into 5 %");
            w.ui(() -> part.typeAndRun("80", "3000", true));
            Await.until("running on screen", WAIT, () -> w.ui(part::shownState).contains("Running"), () -> w.ui(part::feedback));
            assertTrue(dc.isRunning());
            assertEquals("DC focuser in for 3000 ms at 80 %: done", w.ui(part::feedback));
            w.screenshot("astrolink4mini-dc-focuser");
            Await.until("stopped by itself after 3 s", WAIT, () -> w.ui(part::shownState).contains("Stopped") && !dc.isRunning());
        }, "-simulate", AstroLink4Mini.FAMILY_ID);
    }
}
