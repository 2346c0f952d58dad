package org.openjolo.transport.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openjolo.transport.SerialPortInfo;
import org.openjolo.transport.Transport;
import org.openjolo.transport.TransportAddress;
import org.openjolo.transport.TransportFactory;
import org.osgi.service.component.annotations.Component;

import com.fazecast.jSerialComm.SerialPort;

/**
 * The transport factory service: jSerialComm for serial ports, plain sockets for TCP. The port list adds the
 * links and pseudo-terminals named by the {@code openjolo.serial.ports} system property.
 */
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
        List<SerialPortInfo> ports = new ArrayList<>(Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new SerialPortInfo(p.getSystemPortPath(), p.getPortDescription(), p.getSerialNumber())).toList());
        Set<String> listed = ports.stream().map(SerialPortInfo::path).collect(Collectors.toSet());
        ports.addAll(ExtraPorts.list(System.getProperty(ExtraPorts.PROPERTY), listed));
        ports.sort(Comparator.comparing(SerialPortInfo::path));
        return List.copyOf(ports);
    }
}
