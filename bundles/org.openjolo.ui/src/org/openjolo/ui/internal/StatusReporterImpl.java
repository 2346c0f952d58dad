package org.openjolo.ui.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.openjolo.ui.StatusReporter;
import org.osgi.service.component.annotations.Component;

/** Keeps the latest message and tells the status bar; every message also goes to the log. */
@Component(service = StatusReporter.class)
public final class StatusReporterImpl implements StatusReporter {

    private static final System.Logger LOG = System.getLogger("org.openjolo.status");
    private final CopyOnWriteArrayList<Consumer<Message>> listeners = new CopyOnWriteArrayList<>();
    private volatile Message latest;

    @Override
    public void report(Severity severity, String text) {
        Message m = new Message(severity, text);
        latest = m;
        LOG.log(switch (severity) {
            case INFO -> Level.INFO;
            case WARNING -> Level.WARNING;
            case ERROR -> Level.ERROR;
        }, text);
        for (Consumer<Message> l : listeners) {
            try {
                l.accept(m);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A status listener failed", e);
            }
        }
    }

    @Override
    public Message latest() {
        return latest;
    }

    @Override
    public void addListener(Consumer<Message> listener) {
        listeners.addIfAbsent(listener);
    }

    @Override
    public void removeListener(Consumer<Message> listener) {
        listeners.remove(listener);
    }
}
