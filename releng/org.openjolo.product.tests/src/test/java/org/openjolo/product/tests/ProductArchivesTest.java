package org.openjolo.product.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a user unpacks on each platform: the archive holds that platform's SWT fragment and no other, the start
 * scripts (executable where the archive can say so, CRLF for cmd.exe), and a configuration that starts the E4
 * application with the bundles it cannot run without, every one of them present in the archive.
 */
class ProductArchivesTest {

    private static final String PRODUCT = "org.openjolo.app.product";
    private static final String APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";
    private static final List<String> SWT_FRAGMENTS = List.of("org.eclipse.swt.gtk.linux.x86_64",
            "org.eclipse.swt.win32.win32.x86_64", "org.eclipse.swt.cocoa.macosx.aarch64");
    /** Without these the workbench does not come up: the E4 application, DS for our components, our app. */
    private static final List<String> REQUIRED_BUNDLES = List.of("org.eclipse.e4.ui.workbench.swt",
            "org.apache.felix.scr", "org.openjolo.app", "org.eclipse.equinox.launcher", "org.eclipse.swt");

    enum Platform {
        LINUX("org.openjolo.product-linux.gtk.x86_64.tar.gz", "openjolo/", "org.eclipse.swt.gtk.linux.x86_64",
                List.of("openjolo", "openjolo-simulator", "openjolo-alpaca", "find-java.sh")),
        WINDOWS("org.openjolo.product-win32.win32.x86_64.zip", "openjolo/", "org.eclipse.swt.win32.win32.x86_64",
                List.of("openjolo.cmd", "openjolo-simulator.cmd", "find-java.cmd")),
        // p2 gives a macOS product the app bundle layout; the root files land next to plugins/ inside it
        MACOS("org.openjolo.product-macosx.cocoa.aarch64.tar.gz", "openjolo.app/Contents/Eclipse/",
                "org.eclipse.swt.cocoa.macosx.aarch64",
                List.of("openjolo", "openjolo-simulator", "openjolo-alpaca", "find-java.sh"));

        final String archive;
        final String root;
        final String swtFragment;
        final List<String> scripts;

        Platform(String archive, String root, String swtFragment, List<String> scripts) {
            this.archive = archive;
            this.root = root;
            this.swtFragment = swtFragment;
            this.scripts = scripts;
        }
    }

    /** An archive's regular files by path, with their Unix mode where the format keeps one (zip: -1). */
    private record Entry(byte[] content, int mode) {
    }

    private static Map<String, Entry> read(Platform platform) throws IOException {
        String dir = System.getProperty("openjolo.products");
        assertNotNull(dir, "the system property openjolo.products (the products folder) is not set");
        Path archive = Path.of(dir, platform.archive);
        assertTrue(Files.isRegularFile(archive), "no product archive " + archive);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (platform.archive.endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (ZipEntry e : zip.stream().toList()) {
                    if (!e.isDirectory()) {
                        try (InputStream in = zip.getInputStream(e)) {
                            entries.put(e.getName(), new Entry(in.readAllBytes(), -1));
                        }
                    }
                }
            }
        } else {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    if (e.isFile()) {
                        entries.put(e.getName(), new Entry(tar.readAllBytes(), e.getMode()));
                    }
                }
            }
        }
        assertFalse(entries.isEmpty(), archive + " is empty");
        return entries;
    }

    private static String text(Map<String, Entry> entries, String path) {
        Entry e = entries.get(path);
        assertNotNull(e, "no " + path + " in the archive");
        return new String(e.content(), UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void holdsItsOwnSwtFragmentAndNoOther(Platform platform) throws IOException {
        Map<String, Entry> entries = read(platform);
        for (String fragment : SWT_FRAGMENTS) {
            Pattern jar = Pattern.compile(Pattern.quote(platform.root + "plugins/" + fragment + "_") + "[^/]+\\.jar");
            List<String> found = entries.keySet().stream().filter(p -> jar.matcher(p).matches()).toList();
            if (fragment.equals(platform.swtFragment)) {
                assertEquals(1, found.size(), platform + " must hold exactly one " + fragment + ": " + found);
            } else {
                assertEquals(List.of(), found, platform + " holds another platform's SWT");
            }
        }
        // any platform fragment, also one of a platform this test does not know yet
        List<String> swtJars = entries.keySet().stream()
                .filter(p -> p.startsWith(platform.root + "plugins/org.eclipse.swt.")
                        && !p.startsWith(platform.root + "plugins/org.eclipse.swt.svg_"))
                .toList();
        assertEquals(1, swtJars.size(), "SWT fragments in " + platform + ": " + swtJars);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void holdsTheStartScripts(Platform platform) throws IOException {
        Map<String, Entry> entries = read(platform);
        for (String script : platform.scripts) {
            Entry e = entries.get(platform.root + script);
            assertNotNull(e, platform + " has no " + script + " beside plugins/");
            if (platform == Platform.WINDOWS) {
                assertCrlfText(script, e.content());
            } else {
                assertTrue((e.mode() & 0111) == 0111, script + " is not executable in " + platform.archive
                        + " (mode " + Integer.toOctalString(e.mode()) + ")");
                assertTrue(new String(e.content(), UTF_8).startsWith(script.endsWith(".sh") ? "#" : "#!/"),
                        script + " is not a script");
            }
        }
        // the Unix scripts where cmd.exe cannot run them, and the other way round
        for (String path : entries.keySet()) {
            if (path.startsWith(platform.root) && path.indexOf('/', platform.root.length()) < 0) {
                String name = path.substring(platform.root.length());
                boolean script = name.startsWith("openjolo") || name.startsWith("find-java");
                assertTrue(!script || platform.scripts.contains(name), platform + " holds a stray script " + name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void startScriptRunsTheLauncherJarOfTheArchive(Platform platform) throws IOException {
        Map<String, Entry> entries = read(platform);
        String starter = platform == Platform.WINDOWS ? "openjolo.cmd" : "openjolo";
        String script = text(entries, platform.root + starter);
        assertTrue(script.contains("plugins") && script.contains("org.eclipse.equinox.launcher_*.jar"),
                starter + " does not look for the launcher jar in plugins/");
        assertTrue(script.contains("-install"), starter + " does not pass the installation folder");
        assertTrue(entries.keySet().stream().anyMatch(
                p -> p.matches(Pattern.quote(platform.root + "plugins/org.eclipse.equinox.launcher_") + "[^/]+\\.jar")),
                "no launcher jar in " + platform + "'s plugins/");
        assertTrue(script.contains("23"), starter + " does not restart on exit code 23");
        if (platform == Platform.MACOS) {
            assertTrue(script.contains("-XstartOnFirstThread"), "SWT on Cocoa needs -XstartOnFirstThread");
        } else {
            assertFalse(script.contains("-XstartOnFirstThread"), "a macOS-only JVM option on " + platform);
        }
        String helper = platform == Platform.WINDOWS ? "find-java.cmd" : "find-java.sh";
        assertTrue(script.contains(helper) && entries.containsKey(platform.root + helper),
                starter + " and the " + helper + " it calls must both be there");
        // the headless simulator runs from the same installation and must leave the Alpaca and INDI ports to the workbench
        String simulator = platform == Platform.WINDOWS ? "openjolo-simulator.cmd" : "openjolo-simulator";
        assertTrue(text(entries, platform.root + simulator).contains("-Dopenjolo.alpaca.serve=false"), simulator + " would take the Alpaca port");
        assertFalse(script.contains("openjolo.alpaca.serve"), starter + " must serve Alpaca");
        assertTrue(text(entries, platform.root + simulator).contains("-Dopenjolo.indi.serve=false"), simulator + " would take the INDI port");
        assertFalse(script.contains("openjolo.indi.serve"), starter + " must serve INDI");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void configurationStartsTheE4ApplicationWithItsBundles(Platform platform) throws IOException {
        Map<String, Entry> entries = read(platform);
        Properties config = new Properties();
        config.load(new StringReader(text(entries, platform.root + "configuration/config.ini")));
        assertEquals(PRODUCT, config.getProperty("eclipse.product"));
        assertEquals(APPLICATION, config.getProperty("eclipse.application"));
        String osgiBundles = config.getProperty("osgi.bundles", "");
        assertTrue(osgiBundles.contains("org.eclipse.equinox.simpleconfigurator"),
                "osgi.bundles does not start simpleconfigurator: " + osgiBundles);
        String configUrl = config.getProperty("org.eclipse.equinox.simpleconfigurator.configUrl", "");
        assertEquals("file:org.eclipse.equinox.simpleconfigurator/bundles.info", configUrl);
        String framework = config.getProperty("osgi.framework", "").replaceFirst("^file:", "");
        assertTrue(entries.containsKey(platform.root + framework), "osgi.framework " + framework + " is not there");

        Map<String, String[]> bundles = bundlesInfo(
                text(entries, platform.root + "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        List<String> missing = new ArrayList<>();
        for (String[] b : bundles.values()) {
            if (!entries.containsKey(platform.root + b[2])) {
                missing.add(b[2]);
            }
        }
        assertEquals(List.of(), missing, "bundles.info lists bundles the archive lacks");
        for (String required : REQUIRED_BUNDLES) {
            assertTrue(bundles.containsKey(required), "bundles.info lacks " + required);
        }
        assertTrue(bundles.containsKey(platform.swtFragment), "bundles.info lacks " + platform.swtFragment);
        // the test kit is on the update site for plugin authors' builds; users' workbenches have no use for it
        assertFalse(bundles.containsKey("org.openjolo.testing"), "the product holds the test kit org.openjolo.testing");
        for (String other : SWT_FRAGMENTS) {
            assertTrue(other.equals(platform.swtFragment) || !bundles.containsKey(other),
                    "bundles.info lists another platform's " + other);
        }
        // DS must be running before the workbench looks up our services
        assertEquals("true", bundles.get("org.apache.felix.scr")[4], "org.apache.felix.scr is not started");
        assertEquals("true", bundles.get("org.eclipse.core.runtime")[4], "org.eclipse.core.runtime is not started");
    }

    /** bundles.info: one bundle a line, "name,version,location,startlevel,autostart". */
    private static Map<String, String[]> bundlesInfo(String text) {
        Map<String, String[]> bundles = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",");
            assertEquals(5, fields.length, "not a bundles.info line: " + line);
            bundles.putIfAbsent(fields[0], fields);
        }
        assertFalse(bundles.isEmpty(), "bundles.info is empty");
        return bundles;
    }

    /** cmd.exe mislocates labels in LF-only files; and a stray byte above 127 is read in the console's code page. */
    private static void assertCrlfText(String name, byte[] content) {
        assertTrue(content.length > 0, name + " is empty");
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xff;
            assertTrue(b < 128, name + " has a non-ASCII byte at " + i);
            if (b == '\n') {
                assertTrue(i > 0 && content[i - 1] == '\r', name + " has a line without CRLF at byte " + i);
            } else if (b == '\r') {
                assertTrue(i + 1 < content.length && content[i + 1] == '\n', name + " has a lone CR at byte " + i);
            }
        }
        assertEquals('\n', content[content.length - 1], name + " does not end with a line break");
        String head = new String(content, 0, Math.min(content.length, 16), UTF_8);
        assertTrue(head.startsWith("@echo off") || head.startsWith("@rem"), name + " does not start as a batch file");
    }
}
