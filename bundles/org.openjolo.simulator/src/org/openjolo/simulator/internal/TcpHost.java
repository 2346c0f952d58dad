package org.openjolo.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostOptions;
import org.openjolo.transport.TransportAddress;

/** Serves a virtual device on a loopback TCP port, one client at a time, like a network serial server. */
public final class TcpHost extends LineHost {

    private static final System.Logger LOG = System.getLogger(TcpHost.class.getName());
    private final int port;
    private volatile ServerSocket server;
    private volatile Socket client;
    /**
     * The connection the last request bytes came on: a reply goes back on it or nowhere, so a request read from a
     * connection that is being dropped is never answered on the client that connects next.
     */
    private volatile Socket requestFrom;

    /** Binds the port and starts serving. */
    public TcpHost(VirtualDevice device, HostOptions options) throws IOException {
        super(device, options, "openjolo-sim-tcp " + device.familyId());
        server = bind(options.tcpPort());
        port = server.getLocalPort();
        startServing();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    @Override
    public TransportAddress address() {
        return TransportAddress.tcp(InetAddress.getLoopbackAddress().getHostAddress(), port);
    }

    @Override
    public String describe() {
        return device().description() + " on TCP " + address().displayName() + (options().paced() ? "" : ", unpaced");
    }

    @Override
    protected int read(byte[] into, int timeoutMs) throws IOException {
        ServerSocket s = server;
        if (s == null || s.isClosed()) {
            return -1;
        }
        Socket c = client;
        if (c == null) {
            s.setSoTimeout(timeoutMs);
            try {
                c = s.accept();
                c.setTcpNoDelay(true);
                client = c;
            } catch (SocketTimeoutException e) {
                return 0;
            }
        }
        try {
            c.setSoTimeout(timeoutMs);
            InputStream in = c.getInputStream();
            int n = in.read(into);
            if (n > 0) {
                requestFrom = c;
            }
            if (n < 0) {
                // the client hung up: -1 makes the host drop its partial line, so the next client starts clean
                closeClient();
                return -1;
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            closeClient();
            return -1;
        }
    }

    @Override
    protected void write(byte[] bytes) throws IOException {
        Socket c = client;
        if (c != null && c == requestFrom) {
            c.getOutputStream().write(bytes);
            c.getOutputStream().flush();
        }
    }

    @Override
    protected synchronized void detach() {
        closeClient();
        ServerSocket s = server;
        server = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the simulator's server socket: " + e.getMessage());
            }
        }
    }

    @Override
    protected synchronized void reattach() {
        if (stopped()) {
            return;
        }
        // a server socket closed while the serving thread waits in accept() is released only when that thread
        // leaves it: the port can stay busy for a moment
        IOException last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                server = bind(port);
                return;
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        LOG.log(Level.ERROR, "Could not rebind TCP port " + port + " for " + device().description(), last);
    }

    private void closeClient() {
        Socket c = client;
        client = null;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a simulator client: " + e.getMessage());
            }
        }
    }
}
