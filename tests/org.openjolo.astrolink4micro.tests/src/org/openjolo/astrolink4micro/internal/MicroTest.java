package org.openjolo.astrolink4micro.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.astrojolo.gen2.testing.OneFocuserFamilyTest;
import org.openjolo.astrolink4.AstroLink4;
import org.openjolo.astrolink4micro.AstroLink4Micro;
import org.openjolo.astrolink4mini.AstroLink4Mini;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.ManualClock;

/**
 * The AstroLink 4 micro: what every one-focuser second-generation model does (its stop is a bare {@code H}), and
 * its identification over pseudo-terminals at 38400 baud: told from the first mini and the USB, which send a
 * number where it sends a device code, but not from a mini II, whose code it takes as it takes any.
 */
class MicroTest extends OneFocuserFamilyTest {

    MicroTest() {
        super(new AstroLink4MicroFamily(), AstroLink4MicroFamily.DEVICE);
    }

    private DeviceFamily installed(String familyId) {
        return registry.family(familyId).orElseThrow(() -> new AssertionError(familyId + " is not installed"));
    }

    @Test
    void theFirstGenerationAndTheMicroRefuseEachOther() throws Exception {
        VirtualDevice micro = new VirtualGen2Device(new ManualClock(), AstroLink4MicroFamily.DEVICE);
        assertEquals("#:AstroLink4mini", micro.handle("#"), "it answers like the first mini and the mini II");
        assertEquals(Optional.of("AstroLink4mini"), probe(family(), micro));
        for (String gen1 : List.of(AstroLink4Mini.FAMILY_ID, AstroLink4.FAMILY_ID)) {
            assertEquals(Optional.empty(), probe(installed(gen1), micro), gen1 + " reads a device code where it wants a position");
            assertEquals(Optional.empty(), probe(family(), installed(gen1).createVirtualDevice()), "a " + gen1 + " sends its position there");
        }
        assertEquals(Optional.empty(), probe(installed(AstroLink4Mini2.FAMILY_ID), micro), "the mini II wants its own code, AL4MII");
    }

    @Test
    void aMiniTwosAnswerIsClaimedByBothTheMicroAndTheMiniTwo() throws Exception {
        DeviceFamily mini2 = installed(AstroLink4Mini2.FAMILY_ID);
        assertTrue(probe(family(), mini2.createVirtualDevice()).isPresent(), "the micro's code is not public: any code is taken");
        assertTrue(probe(mini2, mini2.createVirtualDevice()).isPresent());
    }

    /**
     * Detect over pseudo-terminals: a micro (its own code) is a micro; a device sending the mini II's code is
     * offered as either until the operator says which, and then as that one.
     */
    @Test
    void detectOffersBothModelsForTheMiniTwosAnswerUntilTheOperatorChooses() throws Exception {
        try (SimulatedDevice micro = Hosts.host(new VirtualGen2Device(System::nanoTime, AstroLink4MicroFamily.DEVICE), HostKind.PTY,
                HostOptions.unpaced().withLink(dir.resolve("ttyMicro")));
                SimulatedDevice mini2 = Hosts.host(installed(AstroLink4Mini2.FAMILY_ID).createVirtualDevice(), HostKind.PTY,
                        HostOptions.unpaced().withLink(dir.resolve("ttyMini2")))) {
            org.openjolo.core.DeviceDetector detector = org.openjolo.testing.Services.await(org.openjolo.core.DeviceDetector.class);
            List<org.openjolo.core.DeviceDetector.Detection> found = detector.detect(List.of(micro.address(), mini2.address())).get(60, TimeUnit.SECONDS);
            org.openjolo.core.DeviceDetector.Detection ofMicro = found.stream().filter(d -> d.address().equals(micro.address())).findFirst().orElseThrow();
            org.openjolo.core.DeviceDetector.Detection ofMini2 = found.stream().filter(d -> d.address().equals(mini2.address())).findFirst().orElseThrow();
            assertEquals(List.of(AstroLink4Micro.FAMILY_ID), ofMicro.matches().stream().map(org.openjolo.core.DeviceDetector.Match::familyId).toList());
            assertEquals(List.of(AstroLink4Micro.FAMILY_ID, AstroLink4Mini2.FAMILY_ID),
                    ofMini2.matches().stream().map(org.openjolo.core.DeviceDetector.Match::familyId).toList(), "AL4MII: a mini II, or a micro sending it");
            assertTrue(ofMini2.ambiguous());

            detector.remember(ofMini2, AstroLink4Mini2.FAMILY_ID);
            org.openjolo.core.DeviceDetector.Detection again = detector.detect(List.of(mini2.address())).get(60, TimeUnit.SECONDS).get(0);
            assertEquals(AstroLink4Mini2.FAMILY_ID, again.familyId());
            assertEquals(List.of(), again.alternatives(), "asked once: the operator's answer is kept");
        }
    }

    @Test
    void aFirstMiniConnectedAsAMicroIsRefusedWithTheReasonBeforeAnythingIsWritten() throws Exception {
        try (SimulatedDevice sim = Hosts.host(installed(AstroLink4Mini.FAMILY_ID).createVirtualDevice(), HostKind.PTY,
                HostOptions.unpaced().withLink(dir.resolve("ttyFirstMini")))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> registry.connect(AstroLink4Micro.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().endsWith("where an AstroLink 4 micro sends a device code, text that is not a number "
                    + "(a first-generation AstroLink 4 sends its focuser position there)"), e.getCause().getMessage());
            assertEquals(List.of("#", "q"), sim.faults().received(), "nothing written");
        }
    }
}
