package org.openjolo.astrolink4max.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjolo.astrojolo.gen2.sim.VirtualGen2Device;
import org.openjolo.astrojolo.gen2.testing.Gen2Bench;
import org.openjolo.astrojolo.gen2.testing.OneFocuserFamilyTest;
import org.openjolo.astrolink4max.AstroLink4Max;
import org.openjolo.astrolink4mini2.AstroLink4Mini2;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceFamily;
import org.openjolo.core.capability.RegulatedOutput;
import org.openjolo.simulator.HostKind;
import org.openjolo.simulator.HostOptions;
import org.openjolo.simulator.Hosts;
import org.openjolo.simulator.SimulatedDevice;
import org.openjolo.testing.Await;
import org.openjolo.testing.ManualClock;

/**
 * The AstroLink 4 MAX: what every one-focuser second-generation model does, its identify reply in both spellings
 * over pseudo-terminals at 38400 baud, and its read-only regulated output.
 */
class MaxTest extends OneFocuserFamilyTest {

    MaxTest() {
        super(new AstroLink4MaxFamily(), AstroLink4MaxFamily.DEVICE);
    }

    private static VirtualGen2Device answering(String identity) {
        VirtualGen2Device max = new VirtualGen2Device(new ManualClock(), AstroLink4MaxFamily.DEVICE);
        max.setIdentity(identity);
        return max;
    }

    @Test
    void theProbeTakesTheFirmwaresAndTheMakersSimulationsSpellingAndNoOther() throws Exception {
        assertEquals("#:AstroLink4Max", new VirtualGen2Device(new ManualClock(), AstroLink4MaxFamily.DEVICE).handle("#"), "what the firmware answers");
        assertEquals(Optional.of("AstroLink4Max"), probe(family(), answering("AstroLink4Max")));
        assertEquals(Optional.of("AstroLink4max"), probe(family(), answering("AstroLink4max")));
        assertEquals(Optional.empty(), probe(family(), answering("AstroLink4MAX")), "the makers' driver compares case-sensitively");
        DeviceFamily mini2 = registry.family(AstroLink4Mini2.FAMILY_ID).orElseThrow();
        assertEquals(Optional.empty(), probe(family(), mini2.createVirtualDevice()), "a mini II is not a MAX");
        assertEquals(Optional.empty(), probe(mini2, answering("AstroLink4Max")), "nor a MAX a mini II");
    }

    @Test
    void theMakersSimulationSpellingConnectsAndAMiniTwoIsRefusedByName() throws Exception {
        try (SimulatedDevice sim = Hosts.host(answering("AstroLink4max"), HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyMax")))) {
            Device device = registry.connect(AstroLink4Max.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS);
            try {
                assertEquals("AstroLink4max", device.identity().firmware());
                assertEquals(AstroLink4Max.MODEL, device.identity().model());
            } finally {
                registry.disconnect(device).get(10, TimeUnit.SECONDS);
            }
        }
        VirtualGen2Device mini2 = (VirtualGen2Device) registry.family(AstroLink4Mini2.FAMILY_ID).orElseThrow().createVirtualDevice();
        try (SimulatedDevice sim = Hosts.host(mini2, HostKind.PTY, HostOptions.unpaced().withLink(dir.resolve("ttyMini2")))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> registry.connect(AstroLink4Max.FAMILY_ID, sim.address()).get(15, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().endsWith(": The device answered '#:AstroLink4mini' to the identify request: not an AstroLink 4 MAX "
                    + "(expected '#:AstroLink4Max...' or '#:AstroLink4max...' at 38400 baud)"), e.getCause().getMessage());
            assertEquals(List.of(), sim.faults().received().stream().filter(r -> !r.equals("#")).toList(), "nothing but the identify request");
        }
    }

    @Test
    void theRegulatedOutputIsShownAndSetOnTheDeviceOnly() throws Exception {
        Gen2Bench b = bench(System::nanoTime);
        RegulatedOutput regulated = b.device().capability(RegulatedOutput.class).orElseThrow();
        b.virtual().setRegulatedOutput(true, 9.0);
        Await.until("the regulated voltage read", WAIT, () -> regulated.voltage() == 9.0 && regulated.isOn());
        b.clearWire();
        assertEquals("Regulated output 12 is outside the allowed range 3 to 10 V", Gen2Bench.refusal(regulated.setVoltage(12)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> regulated.setVoltage(5).get(5, TimeUnit.SECONDS));
        assertEquals(DeviceException.Reason.NOT_SUPPORTED, ((DeviceException) e.getCause()).reason());
        assertTrue(b.commands().isEmpty(), "nothing guessed on the wire: " + b.wire());
        b.virtual().setRegulatedOutput(false, 9.0);
        Await.until("the regulated output off", WAIT, () -> !regulated.isOn());
    }
}
