package org.openjolo.api.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.version.Version;

/**
 * The API baseline check (docs/api-policy.md): each published bundle's exported packages, compared by bnd with the
 * same bundle in {@code releng/api-baseline}. An incompatible change (a type, method or field removed, a signature
 * changed, an abstract method added to an interface) fails unless the package's major version went up; a package
 * no longer exported fails unless the bundle's did. Additions only print a note: they are compatible, and a
 * release gives the package its next minor version. The baseline moves only on purpose, at a release
 * ({@code releng/scripts/refresh-api-baseline.sh}).
 */
class ApiBaselineTest {

    private static final String REFRESH = "openjolo.api.baseline.refresh";
    /** Internal packages may change in any release, exported or not. */
    private static final Instructions API_PACKAGES = new Instructions("!*.internal.*,!*.internal,*");
    private static final Pattern FEATURE_PLUGIN = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"");

    private final Path root = Path.of(System.getProperty("openjolo.root")).normalize();
    private final Path baseline = Path.of(System.getProperty("openjolo.api.baseline")).normalize();
    private final String version = System.getProperty("openjolo.version");

    /** What one bundle's comparison found. */
    private record Result(List<String> breaks, List<String> notes, boolean changed) {
    }

    @Test
    void exportedPackagesStayCompatibleWithTheBaseline() throws Exception {
        if (Boolean.getBoolean(REFRESH)) {
            refresh();
            return;
        }
        long start = System.nanoTime();
        Map<String, Path> current = publishedApiBundles();
        assertFalse(current.isEmpty(), "no published bundle exports API: is the build's layout still " + root + "/bundles?");
        List<String> breaks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int packages = 0;
        for (Map.Entry<String, Path> e : current.entrySet()) {
            Path old = baseline.resolve(e.getKey() + ".jar");
            if (!Files.exists(old)) {
                notes.add(e.getKey() + ": not in the baseline yet (a new bundle: it is from the next refresh on)");
                continue;
            }
            Result r = compare(e.getValue(), old);
            breaks.addAll(r.breaks());
            notes.addAll(r.notes());
            packages += apiPackages(e.getValue()).size();
        }
        for (String gone : baselined()) {
            if (!current.containsKey(gone)) {
                breaks.add(gone + ": the bundle is gone (or exports no API any more): every plugin importing its packages breaks");
            }
        }
        notes.forEach(n -> System.out.println("api baseline note: " + n));
        if (!breaks.isEmpty()) {
            fail("API baseline check: " + breaks.size() + " incompatible API change(s) against " + root.relativize(baseline)
                    + " without a major version step:\n  " + String.join("\n  ", breaks)
                    + "\nKeep the API compatible (a new method next to the old one, a default method in an interface), or make"
                    + " the break deliberate: raise the package's major version in Export-Package (and the importers' ranges)."
                    + " See docs/api-policy.md.");
        }
        System.out.printf("api baseline: %d bundles, %d API packages checked against %s in %.1f s: no incompatible change%n", current.size(),
                packages, root.relativize(baseline), (System.nanoTime() - start) / 1e9);
    }

    /** Writes the built jars whose API differs from the baseline's (or that have none yet) into the baseline. */
    private void refresh() throws Exception {
        Map<String, Path> current = publishedApiBundles();
        assertFalse(current.isEmpty(), "no published bundle exports API");
        Files.createDirectories(baseline);
        for (Map.Entry<String, Path> e : current.entrySet()) {
            Path old = baseline.resolve(e.getKey() + ".jar");
            Result r = Files.exists(old) ? compare(e.getValue(), old) : null;
            if (r == null || r.changed()) {
                Files.copy(e.getValue(), old, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("api baseline refreshed: " + e.getKey() + (r == null ? " (new)" : " (API or versions changed)"));
                // what the new baseline takes over, for the one who refreshes it to see
                if (r != null) {
                    Stream.concat(r.breaks().stream(), r.notes().stream())
                            .forEach(b -> System.out.println("api baseline accepted: " + b.replace("\n", "\napi baseline accepted: ")));
                }
            }
        }
        for (String gone : baselined()) {
            if (!current.containsKey(gone)) {
                Files.delete(baseline.resolve(gone + ".jar"));
                System.out.println("api baseline refreshed: " + gone + " removed");
            }
        }
    }

    private Result compare(Path currentJar, Path baselineJar) throws Exception {
        List<String> breaks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean changed;
        try (Processor reporter = new Processor(); Jar newer = new Jar(currentJar.toFile()); Jar older = new Jar(baselineJar.toFile())) {
            Baseline baseliner = new Baseline(reporter, new DiffPluginImpl());
            String bsn = newer.getBsn();
            Version newBundle = Version.parseVersion(newer.getVersion()).getWithoutQualifier();
            Version oldBundle = Version.parseVersion(older.getVersion()).getWithoutQualifier();
            changed = !newBundle.equals(oldBundle);
            for (Info info : sorted(baseliner.baseline(newer, older, API_PACKAGES))) {
                Delta delta = info.packageDiff.getDelta();
                changed |= delta != Delta.UNCHANGED || !info.newerVersion.equals(info.olderVersion);
                String pkg = bsn + ": package " + info.packageName + " " + info.olderVersion;
                if (delta == Delta.MAJOR && info.newerVersion.getMajor() <= info.olderVersion.getMajor()) {
                    breaks.add(pkg + " changed incompatibly and is still " + info.newerVersion + " (needs " + (info.olderVersion.getMajor() + 1)
                            + ".0.0):\n      " + String.join("\n      ", details(info.packageDiff, "")));
                } else if (delta == Delta.REMOVED && newBundle.getMajor() <= oldBundle.getMajor()) {
                    breaks.add(pkg + " is no longer exported and the bundle is still " + newBundle + " (needs " + (oldBundle.getMajor() + 1)
                            + ".0.0)");
                } else if (delta == Delta.MINOR && info.newerVersion.compareTo(info.suggestedVersion) < 0) {
                    notes.add(pkg + " has additions: the next release exports it as " + info.suggestedVersion);
                }
            }
        }
        return new Result(breaks, notes, changed);
    }

    private static List<Info> sorted(Set<Info> infos) {
        return infos.stream().sorted(Comparator.comparing((Info i) -> i.packageName)).toList();
    }

    /** The changes that make {@code diff} incompatible, one line each: "REMOVED method ... in interface ...". */
    private static List<String> details(Diff diff, String where) {
        List<String> out = new ArrayList<>();
        for (Diff child : diff.getChildren()) {
            String in = child.getType().toString().toLowerCase(Locale.ROOT) + " " + child.getName();
            if (child.getDelta() == Delta.REMOVED && impact(child.getOlder(), false) == Delta.MAJOR) {
                out.add("REMOVED " + in + where);
            } else if (child.getDelta() == Delta.ADDED && impact(child.getNewer(), true) == Delta.MAJOR) {
                out.add("ADDED " + in + where + " (implementations break)");
            } else if (child.getDelta() == Delta.MAJOR) {
                List<String> below = details(child, " in " + in);
                out.addAll(below.isEmpty() ? List.of("CHANGED " + in + where) : below);
            }
        }
        return out;
    }

    private static Delta impact(Tree tree, boolean added) {
        return tree == null ? Delta.UNCHANGED : added ? tree.ifAdded() : tree.ifRemoved();
    }

    /**
     * The bundles of OpenJolo's features (what the update site publishes) that export API, by symbolic name, each
     * with its jar from this build.
     */
    private Map<String, Path> publishedApiBundles() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> features = Files.list(root.resolve("features"))) {
            for (Path feature : features.map(f -> f.resolve("feature.xml")).filter(Files::isRegularFile).toList()) {
                Matcher m = FEATURE_PLUGIN.matcher(Files.readString(feature));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        Map<String, Path> bundles = new TreeMap<>();
        for (String id : ids) {
            for (String folder : List.of("bundles", "tests")) {
                Path jar = root.resolve(folder).resolve(id).resolve("target").resolve(id + "-" + version + ".jar");
                if (Files.isDirectory(root.resolve(folder).resolve(id))) {
                    assertTrue(Files.isRegularFile(jar), jar + " is missing: build the bundles first (./mvnw install)");
                    if (!apiPackages(jar).isEmpty()) {
                        bundles.put(id, jar);
                    }
                }
            }
        }
        return bundles;
    }

    private static Set<String> apiPackages(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            Manifest m = j.getManifest();
            String exports = m == null ? null : m.getMainAttributes().getValue("Export-Package");
            Set<String> names = new TreeSet<>();
            if (exports != null) {
                for (String p : new Parameters(exports).keySet()) {
                    if (API_PACKAGES.matches(p)) {
                        names.add(p);
                    }
                }
            }
            return names;
        }
    }

    private Set<String> baselined() throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(baseline)) {
            try (Stream<Path> jars = Files.list(baseline)) {
                jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).forEach(n -> names.add(n.substring(0, n.length() - 4)));
            }
        }
        return names;
    }
}
