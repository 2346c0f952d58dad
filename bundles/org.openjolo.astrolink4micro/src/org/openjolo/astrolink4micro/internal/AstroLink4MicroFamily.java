package org.openjolo.astrolink4micro.internal;

import java.util.List;

import org.openjolo.astrojolo.gen2.Gen2Family;
import org.openjolo.astrojolo.gen2.Gen2Model;
import org.openjolo.astrolink4micro.AstroLink4Micro;
import org.openjolo.core.DeviceFamily;
import org.osgi.service.component.annotations.Component;

/**
 * The AstroLink 4 micro family service: the second-generation driver with one focuser stopped by a bare
 * {@code H} (what the makers' driver sends), sky sensors and no regulated output, at 38400 baud. It answers the
 * identify request like the first mini and the mini II; a status line with a device code (not a number) tells it
 * from the first mini. Its own code is not public, so it takes any: a mini II is claimed too, and the detector
 * reports both families for that port.
 */
@Component(service = DeviceFamily.class)
public final class AstroLink4MicroFamily extends Gen2Family {

    /** The micro as the shared driver sees it. */
    public static final Gen2Model DEVICE = new Gen2Model(AstroLink4Micro.FAMILY_ID, AstroLink4Micro.MODEL, AstroLink4Micro.BAUD_RATE,
            List.of(AstroLink4Micro.IDENTITY_PREFIX), AstroLink4Micro.IDENTITY_PREFIX.substring(2), AstroLink4Micro.SIMULATED_DEVICE_CODE,
            Gen2Model.CodeRule.ANY_TEXT, Gen2Model.Stop.BARE, 1, true, false);

    @Override
    protected Gen2Model model() {
        return DEVICE;
    }
}
