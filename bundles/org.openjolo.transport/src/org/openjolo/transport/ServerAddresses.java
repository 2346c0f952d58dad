package org.openjolo.transport;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses other programs type in to reach a server of the workbench (the Alpaca and INDI servers), for
 * the status line and the servers' parts.
 */
public final class ServerAddresses {

    private static final System.Logger LOG = System.getLogger(ServerAddresses.class.getName());

    private ServerAddresses() {
    }

    /**
     * The hosts a server is reached at, the one to recommend first.
     *
     * @param lan         whether it is open to the network; false: 127.0.0.1 only
     * @param bindAddress the address it binds when open: one interface's, or 0.0.0.0 for every interface (then
     *                    each IPv4 address of the interfaces that are up, and 127.0.0.1 last)
     */
    public static List<String> hosts(boolean lan, String bindAddress) {
        if (!lan) {
            return List.of("127.0.0.1");
        }
        if (!bindAddress.equals("0.0.0.0")) {
            return List.of(bindAddress);
        }
        List<String> hosts = new ArrayList<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (n.isUp() && !n.isLoopback()) {
                    n.inetAddresses().filter(Inet4Address.class::isInstance).forEach(a -> hosts.add(a.getHostAddress()));
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "No interface list: " + e.getMessage());
        }
        hosts.add("127.0.0.1");
        return hosts;
    }
}
