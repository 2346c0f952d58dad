package org.openjolo.transport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.openjolo.transport.TransportAddress;

/** A raw TCP socket carrying the device's byte stream (network serial servers, the simulator). */
final class TcpTransport extends LineTransport {

    private static final int CONNECT_TIMEOUT_MS = 3000;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    TcpTransport(TransportAddress address, int baudRate, PortLocks locks) {
        super(address, baudRate, locks);
    }

    @Override
    protected void doOpen() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(address().target(), address().port()), CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            s.close();
            throw new IOException("Cannot connect to " + address().displayName() + ": " + e.getMessage(), e);
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    @Override
    protected void doClose() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing a dead socket has nothing left to report; the link is gone either way
        } finally {
            socket = null;
        }
    }

    @Override
    protected void discardInput() throws IOException {
        int available = in.available();
        if (available > 0) {
            in.skipNBytes(available);
        }
    }

    @Override
    protected void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    protected int read(byte[] into, int timeoutMs) throws IOException {
        socket.setSoTimeout(Math.max(1, timeoutMs));
        try {
            return in.read(into);
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }
}
