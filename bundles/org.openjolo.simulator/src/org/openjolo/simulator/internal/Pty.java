package org.openjolo.simulator.internal;

import java.io.IOException;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;

/**
 * A Unix pseudo-terminal opened through libc: we keep the master side, the slave's path is what a serial
 * driver opens. Java has no API for this; JNA (already in the platform) reaches {@code posix_openpt}.
 */
final class Pty implements AutoCloseable {

    /** The libc functions we call; mapped lazily so Windows never loads it. */
    interface LibC extends Library {
        int posix_openpt(int flags);

        int grantpt(int fd);

        int unlockpt(int fd);

        String ptsname(int fd);

        int open(String path, int flags);

        int close(int fd);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        NativeLong write(int fd, byte[] buffer, NativeLong count);

        int poll(Memory fds, int count, int timeoutMs);

        int tcgetattr(int fd, byte[] termios);

        int tcsetattr(int fd, int when, byte[] termios);

        void cfmakeraw(byte[] termios);
    }

    private static final int O_RDWR = 2;
    private static final short POLLIN = 0x1;
    private static final short POLLERR = 0x8;
    private static final short POLLHUP = 0x10;
    private static final short POLLNVAL = 0x20;

    private final LibC libc;
    private final int master;
    private final String slavePath;
    private final Memory pollFd = new Memory(8);
    private volatile boolean closed;

    private Pty(LibC libc, int master, String slavePath) {
        this.libc = libc;
        this.master = master;
        this.slavePath = slavePath;
    }

    /** Opens a new pseudo-terminal whose slave is in raw mode (no echo, no line editing). */
    static Pty open() throws IOException {
        if (Platform.isWindows()) {
            throw new IOException("Pseudo-terminals do not exist on Windows: host the simulator on TCP instead");
        }
        LibC libc = Native.load("c", LibC.class);
        int noctty = Platform.isMac() ? 0x20000 : 0x100;
        int fd = libc.posix_openpt(O_RDWR | noctty);
        if (fd < 0) {
            throw new IOException("posix_openpt failed (errno " + Native.getLastError() + ")");
        }
        if (libc.grantpt(fd) != 0 || libc.unlockpt(fd) != 0) {
            int errno = Native.getLastError();
            libc.close(fd);
            throw new IOException("grantpt/unlockpt failed (errno " + errno + ")");
        }
        String path = libc.ptsname(fd);
        if (path == null) {
            libc.close(fd);
            throw new IOException("ptsname failed (errno " + Native.getLastError() + ")");
        }
        // raw mode before anyone opens it: a client that does not configure the line must not see echoes
        int slave = libc.open(path, O_RDWR | noctty);
        if (slave >= 0) {
            byte[] termios = new byte[256];
            if (libc.tcgetattr(slave, termios) == 0) {
                libc.cfmakeraw(termios);
                libc.tcsetattr(slave, 0, termios);
            }
            libc.close(slave);
        }
        return new Pty(libc, fd, path);
    }

    /** The path a serial driver opens, e.g. {@code /dev/pts/4}. */
    String slavePath() {
        return slavePath;
    }

    /**
     * Reads what the slave side wrote.
     *
     * @return bytes read; 0 when nothing arrived within the timeout or no one has the slave open; -1 when closed
     */
    int read(byte[] into, int timeoutMs) throws IOException {
        if (closed) {
            return -1;
        }
        pollFd.setInt(0, master);
        pollFd.setShort(4, POLLIN);
        pollFd.setShort(6, (short) 0);
        int ready = libc.poll(pollFd, 1, timeoutMs);
        if (closed) {
            return -1;
        }
        if (ready <= 0) {
            return 0;
        }
        short revents = pollFd.getShort(6);
        if ((revents & POLLNVAL) != 0) {
            return -1;
        }
        if ((revents & POLLIN) == 0) {
            if ((revents & (POLLHUP | POLLERR)) != 0) {
                // nobody has the slave open (driver disconnected): wait instead of spinning
                sleepQuietly(timeoutMs);
            }
            return 0;
        }
        long n = libc.read(master, into, new NativeLong(into.length)).longValue();
        if (n < 0) {
            // EIO when the last slave descriptor closed between poll and read: same as no data
            return 0;
        }
        return (int) n;
    }

    /** Writes all bytes to the slave side. */
    void write(byte[] bytes) throws IOException {
        int off = 0;
        while (off < bytes.length) {
            if (closed) {
                throw new IOException("pseudo-terminal closed");
            }
            byte[] chunk = off == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, off, bytes.length);
            long n = libc.write(master, chunk, new NativeLong(chunk.length)).longValue();
            if (n < 0) {
                throw new IOException("write to " + slavePath + " failed (errno " + Native.getLastError() + ")");
            }
            off += (int) n;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            libc.close(master);
        }
    }

    private static void sleepQuietly(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
