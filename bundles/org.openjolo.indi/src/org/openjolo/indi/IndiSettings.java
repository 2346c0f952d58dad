package org.openjolo.indi;

/**
 * Where the INDI server listens.
 *
 * @param enabled whether it serves at all
 * @param lan     false: loopback only (127.0.0.1), the default, so only programs on this computer reach the
 *                devices; true: the address below, so other computers (Ekos on a laptop) do too
 * @param address the interface address to bind when {@code lan} is true ("0.0.0.0" for every interface)
 * @param port    the TCP port, 1–65535 (7624 is INDI's); 0 picks a free one (tests)
 */
public record IndiSettings(boolean enabled, boolean lan, String address, int port) {

    /** The defaults: on, loopback only, port 7624. */
    public static final IndiSettings DEFAULT = new IndiSettings(true, false, "0.0.0.0", 7624);

    /**
     * Checks the settings.
     *
     * @return these settings
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public IndiSettings validate() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The INDI port must be from 1 to 65535, not " + port);
        }
        if (lan && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("Choose the network interface to serve on (0.0.0.0 for all)");
        }
        return this;
    }

    /** These settings on another port. */
    public IndiSettings withPort(int newPort) {
        return new IndiSettings(enabled, lan, address, newPort);
    }

    /** These settings open to the network on {@code newAddress}, or back to this computer only. */
    public IndiSettings withLan(boolean open, String newAddress) {
        return new IndiSettings(enabled, open, newAddress, port);
    }

    /** The address the server binds: 127.0.0.1 unless network access is on. */
    public String bindAddress() {
        return lan ? address.strip() : "127.0.0.1";
    }
}
