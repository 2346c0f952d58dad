package org.openjolo.notes.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjolo.core.store.AtomicFiles;
import org.openjolo.notes.Notes;
import org.openjolo.testing.Await;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The notes survive {@code kill -9} in the middle of typing, losing at most the last second: a child JVM types
 * through the autosaver and is killed while it types.
 */
class KillTest {

    private static final Duration LOSS_ALLOWED = Duration.ofSeconds(1);
    // the write itself and the child's stdout reaching this JVM take time too, the more so on a busy machine
    private static final Duration MARGIN = Duration.ofMillis(400);

    /** One line the child printed, and when it arrived here. */
    private record Typed(long nanos, int count) {
    }

    @TempDir
    Path dir;

    @Test
    void notesSurviveAKilledProcessMidTyping() throws Exception {
        Path classes = dir.resolve("classes");
        copyClasses(Notes.class, "/org/openjolo/notes", classes);
        copyClasses(AtomicFiles.class, "/org/openjolo/core/store", classes);
        Path folder = dir.resolve("notes");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classes.toString(),
                TypingChild.class.getName(), folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Typed> typed = new CopyOnWriteArrayList<>();
        AtomicReference<IOException> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> read(child, typed, readFailure), "kill-test-stdout");
        reader.start();
        long killed;
        try {
            Await.until("the child typing", Duration.ofSeconds(30), () -> !typed.isEmpty() || !child.isAlive());
            assertTrue(child.isAlive(), "the child JVM ended before typing: see its stderr above");
            // half-way between two deadline writes, which come every second from the first keystroke
            Thread.sleep(2500);
            killed = System.nanoTime();
            child.destroyForcibly();
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        assertEquals(null, readFailure.get(), "reading what the child typed");
        assertEquals(137, child.exitValue(), "killed by SIGKILL, not ended on its own");

        Path file = new NoteFiles(() -> folder, Clock.systemDefaultZone()).file(TypingChild.NIGHT);
        assertTrue(Files.exists(file), "no notes file after " + typed.size() + " keystrokes");
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        int last = typed.get(typed.size() - 1).count();
        assertEquals(TypingChild.typed(saved.length()), saved, "the file holds what was typed, from the start");
        long deadline = killed - LOSS_ALLOWED.plus(MARGIN).toNanos();
        int mustHave = typed.stream().filter(t -> t.nanos() <= deadline).mapToInt(Typed::count).max().orElse(0);
        System.out.println("Kill test: " + last + " characters typed, " + saved.length() + " saved, " + mustHave + " required");
        assertTrue(mustHave > 0, "typed for too short a time to judge: " + typed.size() + " keystrokes");
        assertTrue(saved.length() >= mustHave, "saved " + saved.length() + " of " + last + " characters typed; those typed up to "
                + LOSS_ALLOWED.plus(MARGIN).toMillis() + " ms before the kill (" + mustHave + ") must be on disk");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    private static void read(Process child, List<Typed> typed, AtomicReference<IOException> failure) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.startsWith("typed ")) {
                    typed.add(new Typed(System.nanoTime(), Integer.parseInt(line.substring(6))));
                }
            }
        } catch (IOException e) {
            // when the child dies the JDK closes the pipe under a pending read ("Stream closed"): that is the end
            if (child.isAlive()) {
                failure.set(e);
            }
        }
    }

    /**
     * Copies the classes of a package (with subpackages, and fragments of its bundle) to a plain class path
     * folder: the test runtime's bundles may be folders or jars, but their class loaders always list them.
     */
    private static void copyClasses(Class<?> of, String packagePath, Path target) throws IOException {
        BundleWiring wiring = FrameworkUtil.getBundle(of).adapt(BundleWiring.class);
        int copied = 0;
        for (String name : wiring.listResources(packagePath, "*.class", BundleWiring.LISTRESOURCES_LOCAL | BundleWiring.LISTRESOURCES_RECURSE)) {
            try (InputStream in = wiring.getClassLoader().getResourceAsStream(name)) {
                Path to = target.resolve(name);
                Files.createDirectories(to.getParent());
                Files.copy(in, to);
                copied++;
            }
        }
        assertTrue(copied > 0, "no classes found under " + packagePath + " in " + wiring.getBundle());
    }
}
