package org.openjolo.transport.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.openjolo.transport.SerialPortInfo;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportFactory;
import org.osgi.service.component.annotations.Component;

import com.fazecast.jSerialComm.SerialPort;

/** The transport factory service: jSerialComm for serial ports, plain sockets for TCP. */
@Component(service = TransportFactory.class)
public final class DefaultTransportFactory implements TransportFactory {

    private final PortLocks locks = new PortLocks();

    @Override
    public Transport create(TransportAddress address, int baudRate) {
        if (baudRate <= 0) {
            throw new IllegalArgumentException("Baud rate must be positive, was " + baudRate);
        }
        return switch (address.kind()) {
            case SERIAL -> new SerialTransport(address, baudRate, locks);
            case TCP -> new TcpTransport(address, baudRate, locks);
        };
    }

    @Override
    public List<SerialPortInfo> listSerialPorts() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new SerialPortInfo(p.getSystemPortPath(), p.getPortDescription()))
                .sorted(Comparator.comparing(SerialPortInfo::path))
                .toList();
    }
}
