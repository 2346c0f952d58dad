package org.openjolo.shape;

import org.openjolo.core.Capability;

/**
 * A capability the core does not know: the observatory roof's mode, reported as a choice channel. Nothing in
 * the workbench handles it by name; it is still charted where it can be, logged, and listed.
 */
public interface Roof extends Capability {

    /** The modes the roof reports. */
    java.util.List<String> MODES = java.util.List.of("closed", "opening", "open", "closing");
}
