package org.openjolo.notes.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.openjolo.notes.Autosave;
import org.openjolo.notes.AutosaveListener;

/** The autosaver: a single-thread scheduler whose one pending write moves with each change, up to a deadline. */
final class DebouncedAutosave implements Autosave {

    private static final System.Logger LOG = System.getLogger(DebouncedAutosave.class.getName());
    private static final long CLOSE_WAIT_S = 10;

    /** Where the text goes. */
    @FunctionalInterface
    interface Writer {
        void write(LocalDate night, String text) throws IOException;
    }

    private final LocalDate night;
    private final Writer writer;
    private final AutosaveListener listener;
    private final Clock clock;
    private final long idleNanos;
    private final long latestNanos;
    private final ScheduledThreadPoolExecutor thread;

    private final Object lock = new Object();
    // the latest text not yet on disk, or null when all is saved
    private String unsaved;
    private long firstUnsavedNanos;
    private ScheduledFuture<?> due;
    private boolean closed;

    DebouncedAutosave(LocalDate night, Writer writer, AutosaveListener listener, Clock clock, long idleMs, long latestMs) {
        this.night = night;
        this.writer = writer;
        this.listener = listener;
        this.clock = clock;
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMs);
        this.latestNanos = TimeUnit.MILLISECONDS.toNanos(latestMs);
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "notes-autosave-" + night);
            // a workbench that forgot to close this must still be able to exit
            t.setDaemon(true);
            return t;
        });
        // a keystroke cancels the previous write: without this the queue keeps every cancelled one until due
        thread.setRemoveOnCancelPolicy(true);
    }

    @Override
    public LocalDate night() {
        return night;
    }

    @Override
    public void changed(String text) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The autosaver of the notes of " + night + " is closed");
            }
            long now = System.nanoTime();
            if (unsaved == null) {
                firstUnsavedNanos = now;
            }
            unsaved = text;
            long delay = Math.max(0, Math.min(idleNanos, firstUnsavedNanos + latestNanos - now));
            if (due != null) {
                due.cancel(false);
            }
            due = thread.schedule(this::save, delay, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public boolean unsaved() {
        synchronized (lock) {
            return unsaved != null;
        }
    }

    /** Runs on the autosaver's thread only, so writes never overlap and the last one has the latest text. */
    private void save() {
        String text;
        long first;
        synchronized (lock) {
            text = unsaved;
            first = firstUnsavedNanos;
            unsaved = null;
        }
        if (text == null) {
            return;
        }
        try {
            writer.write(night, text);
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                // a change that came meanwhile is newer and keeps its own deadline
                if (unsaved == null) {
                    unsaved = text;
                    firstUnsavedNanos = first;
                }
            }
            tell(() -> listener.failed(night, e));
            return;
        }
        tell(() -> listener.saved(night, clock.instant()));
    }

    private void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A notes autosave listener failed", e);
        }
    }

    @Override
    public boolean flush() {
        if (thread.isShutdown()) {
            return !unsaved();
        }
        try {
            thread.submit(this::save).get();
        } catch (ExecutionException e) {
            // save() reports its own failures; anything else is a bug worth seeing
            throw new IllegalStateException("Saving the notes of " + night + " failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !unsaved();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        flush();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT_S, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "The autosaver of the notes of " + night + " did not stop within " + CLOSE_WAIT_S + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
