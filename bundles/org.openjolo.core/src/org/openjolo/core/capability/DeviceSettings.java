package org.openjolo.core.capability;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.openjolo.core.Capability;

/**
 * All settings of a device as one document, for saving to and loading from a file
 * ({@link org.openjolo.core.store.SettingsFile}), and the device-level resets.
 */
public interface DeviceSettings extends Capability {

    /**
     * Every setting the device stores and the workbench keeps for it (labels, calibrations, named positions),
     * as text values by name. Device values are read fresh.
     */
    CompletableFuture<Map<String, String>> exportSettings();

    /**
     * Checks every value first; if one is unknown or invalid nothing is written and the future fails with a
     * message naming it. Otherwise writes them all.
     */
    CompletableFuture<Void> importSettings(Map<String, String> settings);

    /** Restores the device's default settings (labels and other workbench values are kept). */
    CompletableFuture<Void> factoryReset();

    /** Whether the device is reset each time the workbench connects to it. */
    boolean resetOnConnect();

    /** Sets {@link #resetOnConnect()} (kept in the device profile). */
    void setResetOnConnect(boolean reset);

    /** How {@link #factoryReset()} and the reset on connect are done, for tooltips. */
    String howResetsWork();
}
