package org.openjolo.core.capability;

import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * All device settings as one document: read, write, export to and import from a file, factory reset.
 * <p>Declared for plugin authors; its full contract is completed with the first family that implements it.</p>
 */
public interface DeviceSettings extends Capability {

    /** See the type description. */
    CompletableFuture<java.util.Map<String, String>> read();

    /** See the type description. */
    CompletableFuture<Void> factoryReset();
}
