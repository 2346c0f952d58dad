package org.openjolo.astrolink4.internal.driver;

import org.openjolo.astrojolo.gen1.Gen1Family;
import org.openjolo.astrojolo.gen1.Gen1Model;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.core.DeviceFamily;
import org.osgi.service.component.annotations.Component;

/**
 * The AstroLink 4 USB family service: the first-generation driver with the USB's long status line (sky
 * sensors, sensor 2 with humidity) and its {@code z} motor block.
 */
@Component(service = DeviceFamily.class)
public final class AstroLink4Family extends Gen1Family {

    /**
     * The USB as the shared driver sees it. The simulator answers {@code #:AstroLink4mini}, as the makers'
     * 2022 simulation data (which look captured from a USB) do; the driver accepts any {@code #:AstroLink4}.
     */
    public static final Gen1Model DEVICE = new Gen1Model(AstroLink4.FAMILY_ID, AstroLink4.MODEL, AstroLink4.BAUD_RATE, "#:AstroLink4",
            "AstroLink4mini", 31, true, false);

    @Override
    protected Gen1Model model() {
        return DEVICE;
    }
}
