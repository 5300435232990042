package jp.tsunagu.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The chart under test, driven through the Helm library bundled by helm-java: no helm binary, no cluster.
 * Renders are cached per set of values because several tests read the same manifests.
 */
final class Chart {

    static final String RELEASE = "tsunagu";
    static final String NAMESPACE = "disaster-ops";
    /** helm template assumes Kubernetes 1.20 when offline; the chart needs 1.27+. */
    static final String KUBE_VERSION = "1.33.0";

    private static final Path DIRECTORY = Path.of(System.getProperty("tsunagu.chart", "tsunagu")).toAbsolutePath();
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Chart() {
    }

    static Path directory() {
        return DIRECTORY;
    }

    static Path productionValues() {
        return DIRECTORY.resolve("values-production.yaml");
    }

    static Manifests withDefaults() {
        return render(Map.of());
    }

    static Manifests withProductionValues() {
        return render(Map.of(), productionValues());
    }

    /** Renders with optional values files (applied in order) and --set overrides (applied last). */
    static Manifests render(Map<String, Object> sets, Path... valuesFiles) {
        String key = sets + "|" + String.join(",", java.util.Arrays.stream(valuesFiles).map(Path::toString).toList());
        return RENDERED.computeIfAbsent(key, k -> Manifests.parse(template(sets, valuesFiles)));
    }

    /** The raw output of helm template; throws IllegalStateException with Helm's message when rendering fails. */
    static String template(Map<String, Object> sets, Path... valuesFiles) {
        TemplateCommand command = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        for (Path file : valuesFiles) {
            command = command.withValuesFile(file);
        }
        for (Map.Entry<String, Object> set : new LinkedHashMap<>(sets).entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    static LintResult lintStrict() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /**
     * helm-java's lint takes no values file, so the production values are linted the way Helm would see them:
     * a copy of the chart whose values.yaml is the defaults deep-merged with values-production.yaml.
     */
    static LintResult lintStrictWithProductionValues(Path workDirectory) {
        try {
            Path copy = workDirectory.resolve("tsunagu");
            copyTree(DIRECTORY, copy);
            Files.writeString(copy.resolve("values.yaml"),
                    Values.mergeYaml(Files.readString(DIRECTORY.resolve("values.yaml")),
                            Files.readString(productionValues())));
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
