package org.openjolo.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.openjolo.ui.StatusReporter;
import org.openjolo.ui.StatusReporter.Severity;

import jakarta.inject.Named;

/**
 * View &gt; Light, Dark or Night theme, and Ctrl+Shift+N, which turns Night on and off again from anywhere in the
 * window: red on black keeps eyes adapted to the dark at the telescope. The theme engine remembers the choice for
 * the next start.
 */
public final class ThemeHandler {

    /** The command's parameter: the theme's id; without it the command turns Night on or off. */
    public static final String PARAMETER = "org.openjolo.ui.command.theme.id";
    /** The themes the application registers (org.openjolo.app's plugin.xml). */
    public static final String LIGHT = "org.openjolo.theme.light";
    /** Red on black. */
    public static final String NIGHT = "org.openjolo.theme.night";

    @CanExecute
    boolean canExecute(@Optional IThemeEngine engine) {
        // no engine when the workbench runs without a stylesheet (a test without -cssTheme)
        return engine != null;
    }

    @Execute
    void execute(IThemeEngine engine, @Optional @Named(PARAMETER) String id, StatusReporter status) {
        ITheme active = engine.getActiveTheme();
        String wanted = id != null ? id : active != null && NIGHT.equals(active.getId()) ? LIGHT : NIGHT;
        ITheme theme = engine.getThemes().stream().filter(t -> t.getId().equals(wanted)).findFirst().orElse(null);
        if (theme == null) {
            status.report(Severity.ERROR, "There is no theme " + wanted + "; the themes are "
                    + engine.getThemes().stream().map(ITheme::getLabel).toList());
            return;
        }
        engine.setTheme(theme, true);
        status.report(Severity.INFO, theme.getLabel() + " theme (Ctrl+Shift+N turns Night on and off)");
    }
}
