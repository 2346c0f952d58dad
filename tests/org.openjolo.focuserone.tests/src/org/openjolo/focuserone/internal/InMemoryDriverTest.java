package org.openjolo.focuserone.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.openjolo.core.Device;
import org.openjolo.core.DeviceException;
import org.openjolo.core.DeviceException.Reason;
import org.openjolo.core.DeviceRegistry;
import org.openjolo.core.capability.Focuser;
import org.openjolo.focuserone.internal.sim.VirtualFocuserOne;
import org.openjolo.simulator.InMemoryLink;
import org.openjolo.testing.Services;

/**
 * What the driver tests of both generations share: a virtual FocuserOne on the in-memory link, connected through
 * the real registry and I/O worker as its own family, the requests it received, and the refusals of commands.
 */
abstract class InMemoryDriverTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    final DeviceRegistry registry = Services.await(DeviceRegistry.class);
    final VirtualFocuserOne virtual;
    final InMemoryLink link;
    Device device;

    InMemoryDriverTest(VirtualFocuserOne virtual) {
        this.virtual = virtual;
        this.link = new InMemoryLink(virtual);
    }

    /** Connects the virtual device as the family it models; returns its focuser. */
    Focuser connect() throws Exception {
        device = registry.connect(virtual.familyId(), link).get(10, TimeUnit.SECONDS);
        return device.capability(Focuser.class).orElseThrow();
    }

    @AfterEach
    void disconnect() throws Exception {
        if (device != null) {
            registry.disconnect(device).get(10, TimeUnit.SECONDS);
        }
    }

    /** The requests the device received, in order. */
    List<String> wire() {
        return link.faults().received();
    }

    static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    /** The refusal of a command, checked to be INVALID_VALUE. */
    static String refusal(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        DeviceException d = assertInstanceOf(DeviceException.class, e.getCause());
        assertEquals(Reason.INVALID_VALUE, d.reason(), d.getMessage());
        return d.getMessage();
    }
}
