package jp.tsunagu.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;

/** What helm template printed, one parsed object per YAML document, with the text each came from. */
record Manifests(List<Document> documents) {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final Pattern SOURCE = Pattern.compile("(?m)^# Source: (.+)$");

    record Document(String source, String yaml, HasMetadata object) {

        String kind() {
            return object.getKind();
        }

        String name() {
            return object.getMetadata().getName();
        }

        boolean isGeneric() {
            return object instanceof GenericKubernetesResource;
        }
    }

    static Manifests parse(String rendered) {
        List<Document> documents = new ArrayList<>();
        for (String chunk : SEPARATOR.split(rendered)) {
            if (chunk.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            var source = SOURCE.matcher(chunk);
            Object parsed = Serialization.unmarshal(chunk);
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError("not a Kubernetes object: " + chunk);
            }
            documents.add(new Document(source.find() ? source.group(1) : "?", chunk, object));
        }
        return new Manifests(List.copyOf(documents));
    }

    Stream<Document> stream() {
        return documents.stream();
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return documents.stream().map(Document::object).filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T only(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.getFirst();
    }

    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> apiVersion.equals(r.getApiVersion()) && kind.equals(r.getKind())).toList();
    }

    StatefulSet statefulSet() {
        return only(StatefulSet.class);
    }

    PodSpec podSpec() {
        return statefulSet().getSpec().getTemplate().getSpec();
    }

    Optional<PodDisruptionBudget> disruptionBudget() {
        List<PodDisruptionBudget> budgets = all(PodDisruptionBudget.class);
        return budgets.stream().findFirst();
    }

    Service service(String name) {
        return all(Service.class).stream().filter(s -> name.equals(s.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no Service named " + name));
    }

    List<Secret> secrets() {
        return all(Secret.class);
    }

    /** A field of a custom resource, by a dotted path below the object (e.g. "spec.db.host"); null if absent. */
    static Object field(GenericKubernetesResource resource, String path) {
        Object current = resource.getAdditionalProperties();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
