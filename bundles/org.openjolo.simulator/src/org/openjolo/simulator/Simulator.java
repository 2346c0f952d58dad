package org.openjolo.simulator;

import java.io.IOException;
import java.util.List;

/**
 * The simulator service: starts virtual devices of the installed families and keeps track of them, so the
 * workbench can "Connect simulated device" with no hardware at all.
 */
public interface Simulator {

    /**
     * Creates a virtual device of the family and serves it.
     *
     * @throws IllegalArgumentException when no such family is installed
     * @throws IOException              when the pseudo-terminal or TCP port cannot be opened
     */
    SimulatedDevice start(String familyId, HostKind kind, HostOptions options) throws IOException;

    /** The devices being served. */
    List<SimulatedDevice> running();
}
