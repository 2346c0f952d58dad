package org.openjolo.focuserone.internal.driver;

import java.io.IOException;
import java.util.Optional;

import org.openjolo.astrojolo.gen1.Gen1Family;
import org.openjolo.astrojolo.gen1.Gen1Model;
import org.openjolo.astrojolo.gen1.protocol.StatusLine;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.focuserone.FocuserOne;
import org.openjolo.focuserone.internal.protocol.Status;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.transport.Transport;
import org.osgi.service.component.annotations.Component;

/**
 * The FocuserOne with its first (v1) firmware: the first-generation astrojolo protocol of the AstroLink 4 mini
 * (17-field {@code u}, {@code e}, {@code z}, {@code j}, {@code f}, {@code R:0:}, {@code P:0:}, {@code H},
 * {@code S:}, the 22-field status line), driven by gen1's driver as a stand-alone focuser: no outputs, PWM or
 * power monitor ({@link Gen1Model#hub()} false).
 */
@Component(service = DeviceFamily.class)
public final class FocuserOneV1Family extends Gen1Family {

    /** 38400 baud, {@code #:FocuserOne}, the mini's 22-field line, the {@code z} motor block, no DC focuser, no hub. */
    public static final Gen1Model MODEL = new Gen1Model(FocuserOne.FAMILY_ID_V1, FocuserOne.MODEL_V1, FocuserOne.BAUD_RATE,
            "#:" + FocuserOne.IDENTITY, FocuserOne.IDENTITY, StatusLine.FIELDS_GEN1, true, false, false);

    @Override
    protected Gen1Model model() {
        return MODEL;
    }

    /** v1 sends the first generation's 22 fields, or 3 while its motor moves; never v2's nine. */
    @Override
    public Optional<String> probe(Transport transport) throws IOException {
        return FocuserOneProbe.probe(transport, FocuserOne.MODEL_V1,
                fields -> fields != Status.FIELDS && (fields == 3 || fields >= StatusLine.FIELDS_GEN1));
    }

    @Override
    public VirtualDevice createVirtualDevice() {
        return VirtualFocuserOne.v1(System::nanoTime);
    }
}
