package org.openjolo.alpaca;

/**
 * Where the Alpaca server listens.
 *
 * @param enabled       whether it serves at all
 * @param lan           false: loopback only (127.0.0.1), the default, so only programs on this computer reach
 *                      the devices; true: the address below, so other computers (N.I.N.A. on a laptop) do too
 * @param address       the interface address to bind when {@code lan} is true ("0.0.0.0" for every interface)
 * @param port          the HTTP port, 1–65535 (11111 is the Alpaca custom); 0 picks a free one (tests)
 * @param discoveryPort the UDP discovery port (32227 in the Alpaca standard), 0 for none
 */
public record AlpacaSettings(boolean enabled, boolean lan, String address, int port, int discoveryPort) {

    /** The defaults: on, loopback only, port 11111, discovery on 32227. */
    public static final AlpacaSettings DEFAULT = new AlpacaSettings(true, false, "0.0.0.0", 11111, 32227);

    /**
     * Checks the settings.
     *
     * @return these settings
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public AlpacaSettings validate() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The Alpaca port must be from 1 to 65535, not " + port);
        }
        if (discoveryPort < 0 || discoveryPort > 65535) {
            throw new IllegalArgumentException("The discovery port must be from 1 to 65535 (or 0 for no discovery), not " + discoveryPort);
        }
        if (lan && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("Choose the network interface to serve on (0.0.0.0 for all)");
        }
        return this;
    }

    /** These settings on another HTTP port. */
    public AlpacaSettings withPort(int newPort) {
        return new AlpacaSettings(enabled, lan, address, newPort, discoveryPort);
    }

    /** The address the server binds: 127.0.0.1 unless LAN access is on. */
    public String bindAddress() {
        return lan ? address.strip() : "127.0.0.1";
    }
}
