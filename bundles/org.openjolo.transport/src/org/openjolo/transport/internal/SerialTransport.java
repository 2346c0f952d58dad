package org.openjolo.transport.internal;

import java.io.IOException;

import org.openjolo.transport.TransportAddress;

import com.fazecast.jSerialComm.SerialPort;

/** A serial port through jSerialComm: 8 data bits, no parity, 1 stop bit, no flow control. */
final class SerialTransport extends LineTransport {

    private SerialPort port;
    private int configuredTimeout = -1;

    SerialTransport(TransportAddress address, int baudRate, PortLocks locks) {
        super(address, baudRate, locks);
    }

    @Override
    protected void doOpen() throws IOException {
        String path = address().target();
        SerialPort p;
        try {
            p = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new IOException("No serial port " + path + ": " + e.getMessage(), e);
        }
        p.setComPortParameters(baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!p.openPort()) {
            throw new IOException("Cannot open serial port " + path + " (system error " + p.getLastErrorCode()
                    + "): it does not exist, is used by another program, or you lack permission"
                    + " (on Linux: membership of the 'dialout' group)");
        }
        port = p;
        configuredTimeout = -1;
    }

    @Override
    protected void doClose() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.closePort();
        }
    }

    /** DTR low for 100 ms, then high, then the 2 s an Arduino-style boot loader needs before it listens. */
    @Override
    public synchronized boolean pulseReset() throws IOException {
        SerialPort p = port;
        if (p == null) {
            throw new IOException(address().displayName() + " is not open");
        }
        if (!p.clearDTR()) {
            return false;
        }
        try {
            Thread.sleep(100);
            p.setDTR();
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while resetting " + address().displayName(), e);
        }
        discardInput();
        return true;
    }

    @Override
    protected void discardInput() throws IOException {
        int available = port.bytesAvailable();
        if (available < 0) {
            throw new IOException("Link to " + address().displayName() + " was lost");
        }
        if (available > 0) {
            port.readBytes(new byte[available], available);
        }
    }

    @Override
    protected void write(byte[] bytes) throws IOException {
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new IOException("Writing to " + address().displayName() + " failed (" + written + " of "
                    + bytes.length + " bytes): the link was lost");
        }
    }

    @Override
    protected int read(byte[] into, int timeoutMs) throws IOException {
        if (timeoutMs != configuredTimeout) {
            // semi-blocking: return as soon as at least one byte is there, so replies are not delayed
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, Math.max(1, timeoutMs), 0);
            configuredTimeout = timeoutMs;
        }
        return port.readBytes(into, into.length);
    }
}
