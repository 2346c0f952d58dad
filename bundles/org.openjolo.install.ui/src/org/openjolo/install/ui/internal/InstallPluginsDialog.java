package org.openjolo.install.ui.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openjolo.install.InstalledPlugin;
import org.openjolo.install.PluginInstaller;
import org.openjolo.install.PluginOffer;
import org.openjolo.ui.parts.Colors;
import org.openjolo.ui.parts.Tables;

/**
 * Help > Install Device Plugins…: reads an update site (web address, folder or zip), lists the features it
 * offers with their versions and what is installed of them, installs, updates and uninstalls with a progress
 * bar, and then offers to restart. The dialog is modeless and p2 works off the UI thread, so devices keep
 * being polled and shown while a plugin downloads.
 */
final class InstallPluginsDialog {

    private static final String NOT_INSTALLED = "\u2014";

    private final Shell shell;
    private final PluginInstaller installer;
    private final Runnable restart;
    private final Text site;
    private final Table offers;
    private final Table installed;
    private final Label installedHeading;
    private final Button read;
    private final Button install;
    private final Button uninstall;
    private final List<Control> inputs = new ArrayList<>();
    private final ProgressBar bar;
    private final Label task;
    private final Label feedback;
    private final Composite restartBar;
    private URI shownSite;
    private List<PluginOffer> shownOffers = List.of();
    private List<InstalledPlugin> shownInstalled = List.of();
    private boolean busy;

    InstallPluginsDialog(Shell parent, PluginInstaller installer, Runnable restart) {
        this.installer = installer;
        this.restart = restart;
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText("Install Device Plugins");
        shell.setData(this);
        shell.setLayout(new GridLayout(4, false));

        new Label(shell, SWT.NONE).setText("Update site:");
        site = new Text(shell, SWT.BORDER | SWT.SINGLE);
        site.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        site.setMessage("https://example.org/plugins/, a folder or a .zip file");
        site.addListener(SWT.DefaultSelection, e -> read());
        Button folder = button(shell, "Folder\u2026", e -> chooseFolder());
        Button zip = button(shell, "Zip\u2026", e -> chooseZip());
        Label hint = new Label(shell, SWT.WRAP);
        hint.setText("A plugin author's update site: its web address, the folder it was built into, or its zip.");
        hint.setForeground(Colors.GREY);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        read = button(shell, "Read site", e -> read());

        heading("Plugins on this site (tick what to install or update):");
        offers = Tables.create(shell, SWT.CHECK | SWT.SINGLE, 5, "Plugin", 260, "Version", 130, "Installed", 150, "Id", 280);
        offers.setLayoutData(span(new GridData(SWT.FILL, SWT.FILL, true, true), offers, 5));
        install = button(shell, "Install / Update", e -> install());
        ((GridData) install.getLayoutData()).horizontalSpan = 4;
        ((GridData) install.getLayoutData()).horizontalAlignment = SWT.END;

        installedHeading = heading("Plugins you have installed (tick what to remove):");
        installed = Tables.create(shell, SWT.CHECK | SWT.SINGLE, 4, "Plugin", 260, "Version", 130, "Id", 430);
        installed.setLayoutData(span(new GridData(SWT.FILL, SWT.FILL, true, true), installed, 4));
        uninstall = button(shell, "Uninstall", e -> uninstall());
        ((GridData) uninstall.getLayoutData()).horizontalSpan = 4;
        ((GridData) uninstall.getLayoutData()).horizontalAlignment = SWT.END;

        bar = new ProgressBar(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(100);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        task = new Label(shell, SWT.NONE);
        task.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        feedback = new Label(shell, SWT.WRAP);
        GridData fd = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        fd.widthHint = 700;
        feedback.setLayoutData(fd);

        restartBar = new Composite(shell, SWT.NONE);
        restartBar.setLayout(new GridLayout(3, false));
        restartBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        Label restartText = new Label(restartBar, SWT.NONE);
        restartText.setText("The changes take effect when the workbench restarts.");
        restartText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(restartBar, "Restart now", e -> restartNow());
        button(restartBar, "Later", e -> later());
        showRestart(false);

        Button close = button(shell, "Close", e -> shell.close());
        ((GridData) close.getLayoutData()).horizontalSpan = 4;
        ((GridData) close.getLayoutData()).horizontalAlignment = SWT.END;
        inputs.addAll(List.of(site, folder, zip, read, offers, install, installed, uninstall));
    }

    /** The dialog that is open on {@code display}, if any. */
    static InstallPluginsDialog find(Display display) {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.getData() instanceof InstallPluginsDialog d) {
                return d;
            }
        }
        return null;
    }

    void open() {
        shell.pack();
        var parent = shell.getParent().getBounds();
        var size = shell.getSize();
        shell.setLocation(parent.x + Math.max(0, (parent.width - size.x) / 2), parent.y + Math.max(0, (parent.height - size.y) / 3));
        shell.open();
        if (installer == null) {
            say(true, "This workbench has no plugin installer (the org.openjolo.install bundle is missing), so it cannot install plugins.");
            inputs.forEach(c -> c.setEnabled(false));
            return;
        }
        refreshInstalled();
        updateButtons();
    }

    void bringToFront() {
        shell.setMinimized(false);
        shell.forceActive();
    }

    private Label heading(String text) {
        Label l = new Label(shell, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        return l;
    }

    private static GridData span(GridData gd, Table t, int rows) {
        gd.horizontalSpan = 4;
        gd.heightHint = t.getItemHeight() * rows + t.getHeaderHeight();
        return gd;
    }

    private static Button button(Composite parent, String text, Consumer<org.eclipse.swt.widgets.Event> action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, action::accept);
        return b;
    }

    private void chooseFolder() {
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setText("The update site's folder");
        String chosen = d.open();
        if (chosen != null) {
            site.setText(chosen);
            read();
        }
    }

    private void chooseZip() {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setText("The update site's zip");
        d.setFilterExtensions(new String[] {"*.zip", "*"});
        String chosen = d.open();
        if (chosen != null) {
            site.setText(chosen);
            read();
        }
    }

    // ---- what the buttons do (package-visible: the UI test drives the dialog through them)

    void read() {
        if (busy) {
            return;
        }
        URI uri;
        try {
            uri = installer.site(site.getText());
        } catch (IllegalArgumentException e) {
            say(true, e.getMessage());
            return;
        }
        run("Reading " + uri, installer.browse(uri, progress()), list -> {
            shownSite = uri;
            showOffers(list);
            say(false, list.isEmpty() ? "The site offers no plugins." : "The site offers " + list.size() + (list.size() == 1 ? " plugin." : " plugins."));
        });
    }

    void install() {
        List<PluginOffer> chosen = checked(offers, shownOffers);
        if (busy || shownSite == null) {
            return;
        }
        if (chosen.isEmpty()) {
            say(true, "Tick the plugins to install or update first.");
            return;
        }
        URI from = shownSite;
        String names = String.join(", ", chosen.stream().map(o -> o.name() + " " + o.version()).toList());
        run("Installing " + names, installer.install(from, chosen, progress()), done -> {
            say(false, "Installed " + names + ".");
            showRestart(true);
            refreshInstalled();
            rereadOffers(from);
        });
    }

    void uninstall() {
        List<InstalledPlugin> chosen = checked(installed, shownInstalled);
        if (busy) {
            return;
        }
        if (chosen.isEmpty()) {
            say(true, "Tick the installed plugins to remove first.");
            return;
        }
        String names = String.join(", ", chosen.stream().map(p -> p.name() + " " + p.version()).toList());
        run("Removing " + names, installer.uninstall(chosen, progress()), done -> {
            say(false, "Removed " + names + ".");
            showRestart(true);
            refreshInstalled();
            if (shownSite != null) {
                rereadOffers(shownSite);
            }
        });
    }

    void restartNow() {
        shell.close();
        restart.run();
    }

    void later() {
        showRestart(false);
        say(false, "The changes take effect at the next start of the workbench.");
    }

    // ---- state, for the operator and the UI test

    Shell shell() {
        return shell;
    }

    void setSite(String text) {
        site.setText(text);
    }

    /** The site's rows as "name | version | installed | id". */
    List<String> offerRows() {
        return rows(offers);
    }

    /** The installed rows as "name | version | id". */
    List<String> installedRows() {
        return rows(installed);
    }

    void tickOffer(String id) {
        tick(offers, shownOffers.stream().map(PluginOffer::id).toList(), id);
    }

    void tickInstalled(String id) {
        tick(installed, shownInstalled.stream().map(InstalledPlugin::id).toList(), id);
    }

    boolean isBusy() {
        return busy;
    }

    int progressPercent() {
        return bar.getSelection();
    }

    String feedback() {
        return feedback.getText();
    }

    boolean restartOffered() {
        return restartBar.getVisible();
    }

    // ---- internals

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (TableItem item : t.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < t.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static void tick(Table t, List<String> ids, String id) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException(id + " is not listed");
        }
        t.getItem(i).setChecked(true);
    }

    private static <T> List<T> checked(Table t, List<T> shown) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < t.getItemCount() && i < shown.size(); i++) {
            if (t.getItem(i).getChecked()) {
                out.add(shown.get(i));
            }
        }
        return out;
    }

    private void showOffers(List<PluginOffer> list) {
        shownOffers = List.copyOf(list);
        offers.removeAll();
        for (PluginOffer o : list) {
            TableItem item = new TableItem(offers, SWT.NONE);
            String state = !o.installed() ? NOT_INSTALLED
                    : o.updatable() ? o.installedVersion() + " (update available)" : o.installedVersion();
            item.setText(new String[] {o.name(), o.version(), state, o.id()});
        }
        updateButtons();
    }

    private void showInstalled(List<InstalledPlugin> list) {
        shownInstalled = List.copyOf(list);
        installed.removeAll();
        for (InstalledPlugin p : list) {
            new TableItem(installed, SWT.NONE).setText(new String[] {p.name(), p.version(), p.id()});
        }
        installedHeading.setText(list.isEmpty()
                ? "Plugins you have installed: none yet (the workbench's own device families come with it)."
                : "Plugins you have installed (tick what to remove):");
        updateButtons();
    }

    private void refreshInstalled() {
        CompletableFuture.supplyAsync(installer::installed).whenComplete((list, error) -> ui(() -> {
            if (error != null) {
                say(true, message(error));
            } else {
                showInstalled(list);
            }
        }));
    }

    private void rereadOffers(URI from) {
        installer.browse(from, (t, p) -> { }).whenComplete((list, error) -> ui(() -> {
            if (error == null && from.equals(shownSite)) {
                showOffers(list);
            }
        }));
    }

    private <T> void run(String what, CompletableFuture<T> work, Consumer<T> done) {
        busy = true;
        updateButtons();
        bar.setSelection(0);
        task.setText(what);
        say(false, "");
        work.whenComplete((result, error) -> ui(() -> {
            busy = false;
            updateButtons();
            if (error != null) {
                task.setText("");
                bar.setSelection(0);
                say(true, message(error));
            } else {
                bar.setSelection(100);
                task.setText(what + ": done");
                done.accept(result);
            }
        }));
    }

    private BiConsumer<String, Integer> progress() {
        return (text, percent) -> ui(() -> {
            if (busy) {
                bar.setSelection(percent);
                task.setText(text);
            }
        });
    }

    private void ui(Runnable r) {
        Display d = shell.getDisplay();
        if (!d.isDisposed()) {
            d.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private static String message(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private void updateButtons() {
        read.setEnabled(!busy);
        install.setEnabled(!busy && !shownOffers.isEmpty());
        uninstall.setEnabled(!busy && !shownInstalled.isEmpty());
    }

    private void showRestart(boolean show) {
        restartBar.setVisible(show);
        ((GridData) restartBar.getLayoutData()).exclude = !show;
        shell.layout(true, true);
    }

    private void say(boolean error, String text) {
        feedback.setText(text);
        feedback.setForeground(error ? Colors.RED : null);
        shell.layout(true, true);
    }
}
