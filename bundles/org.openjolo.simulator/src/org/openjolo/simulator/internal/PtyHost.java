package org.openjolo.simulator.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openjolo.core.spi.VirtualDevice;
import org.openjolo.simulator.HostOptions;
import org.openjolo.transport.TransportAddress;

/** Serves a virtual device on a pseudo-terminal, optionally behind a stable symbolic link. */
public final class PtyHost extends LineHost {

    private static final System.Logger LOG = System.getLogger(PtyHost.class.getName());
    private volatile Pty pty;
    /** The stable link; another one after {@link org.openjolo.simulator.LinkFaults#restoreLinkAs}. */
    private volatile Path linkPath;

    /** Opens the pseudo-terminal (and link) and starts serving. */
    public PtyHost(VirtualDevice device, HostOptions options) throws IOException {
        super(device, options, "openjolo-sim-pty " + device.familyId());
        linkPath = options.linkPath();
        pty = Pty.open();
        link(pty.slavePath());
        faults().onRelink(p -> linkPath = p);
        startServing();
    }

    @Override
    public TransportAddress address() {
        Path link = linkPath;
        return TransportAddress.serial(link != null ? link.toString() : pty.slavePath());
    }

    /** The pseudo-terminal's own path (changes when a dropped link is restored). */
    public String slavePath() {
        return pty.slavePath();
    }

    @Override
    public String describe() {
        Path link = linkPath;
        return device().description() + " on " + pty.slavePath() + (link != null ? " (link " + link + ")" : "")
                + ", " + device().baudRate() + " baud" + (options().paced() ? "" : ", unpaced");
    }

    @Override
    protected int read(byte[] into, int timeoutMs) throws IOException {
        Pty p = pty;
        return p == null ? -1 : p.read(into, timeoutMs);
    }

    @Override
    protected void write(byte[] bytes) throws IOException {
        Pty p = pty;
        if (p != null) {
            p.write(bytes);
        }
    }

    @Override
    protected synchronized void detach() {
        Pty p = pty;
        if (p != null) {
            p.close();
        }
        unlink();
    }

    @Override
    protected synchronized void reattach() {
        if (stopped()) {
            return;
        }
        try {
            Pty p = Pty.open();
            pty = p;
            link(p.slavePath());
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Could not reopen the pseudo-terminal of " + device().description(), e);
        }
    }

    private void link(String target) throws IOException {
        Path link = linkPath;
        if (link == null) {
            return;
        }
        Files.createDirectories(link.toAbsolutePath().getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(target));
    }

    private void unlink() {
        Path link = linkPath;
        if (link != null) {
            try {
                Files.deleteIfExists(link);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove " + link, e);
            }
        }
    }
}
