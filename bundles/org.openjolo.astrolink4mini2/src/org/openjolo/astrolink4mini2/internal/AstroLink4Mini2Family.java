package org.openjolo.astrolink4mini2.internal;

import java.util.List;

import org.openjolo.astrojolo.gen2.Gen2Family;
import org.openjolo.astrojolo.gen2.Gen2Model;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.DeviceFamily;
import org.osgi.service.component.annotations.Component;

/**
 * The AstroLink 4 mini II family service: the second-generation driver with two focusers, sky sensors and the
 * regulated output, at 38400 baud. It answers the identify request like the first mini; its status line's
 * device code tells them apart.
 */
@Component(service = DeviceFamily.class)
public final class AstroLink4Mini2Family extends Gen2Family {

    /** The mini II as the shared driver sees it; the makers' driver compares the first 16 characters. */
    public static final Gen2Model DEVICE = new Gen2Model(AstroLink4Mini2.FAMILY_ID, AstroLink4Mini2.MODEL, AstroLink4Mini2.BAUD_RATE,
            List.of("#:AstroLink4mini"), "AstroLink4mini", AstroLink4Mini2.DEVICE_CODE, Gen2Model.CodeRule.EXACT, Gen2Model.Stop.INDEXED, 2, true, true);

    @Override
    protected Gen2Model model() {
        return DEVICE;
    }
}
