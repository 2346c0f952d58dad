package org.openjolo.astrolink4mini.internal;

import org.openjolo.astrojolo.gen1.Gen1Family;
import org.openjolo.astrojolo.gen1.Gen1Model;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.core.DeviceFamily;
import org.osgi.service.component.annotations.Component;

/**
 * The AstroLink 4 mini family service: the first-generation driver with the mini's 22-field status line, its
 * DC focuser and no {@code z} motor block, at 115200 baud.
 */
@Component(service = DeviceFamily.class)
public final class AstroLink4MiniFamily extends Gen1Family {

    /** The mini as the shared driver sees it; the makers' driver compares the first 15 characters. */
    public static final Gen1Model DEVICE = new Gen1Model(AstroLink4Mini.FAMILY_ID, AstroLink4Mini.MODEL, AstroLink4Mini.BAUD_RATE,
            "#:AstroLink4min", "AstroLink4mini", 22, false, true);

    @Override
    protected Gen1Model model() {
        return DEVICE;
    }
}
