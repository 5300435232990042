package jp.tsunagu.helm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every render must have, checked for the default values and for values-production.yaml. */
class RenderedManifestsTest {

    static Stream<Named<Manifests>> renders() {
        return Stream.of(Named.of("default values", Chart.withDefaults()),
                Named.of("production values", Chart.withProductionValues()));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyDocumentIsAKnownKindWithoutUnknownFields(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Manifests.Document document : manifests.documents()) {
            String where = document.source() + " " + document.kind() + "/" + document.name() + ": ";
            if (document.object() instanceof GenericKubernetesResource custom) {
                if (!CustomResourceSchemas.knows(custom)) {
                    problems.add(where + "neither a Kubernetes kind fabric8 knows nor an expected custom resource ("
                            + custom.getApiVersion() + ")");
                } else {
                    CustomResourceSchemas.violations(custom).forEach(v -> problems.add(where + v));
                }
            } else {
                UnknownFields.of(document.object()).forEach(f -> problems.add(where + "unknown field " + f));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyContainerHasReadinessAndLivenessProbesAndBoundedResources(Manifests manifests) {
        PodSpec pod = manifests.podSpec();
        List<Container> containers = new ArrayList<>(pod.getContainers());
        containers.addAll(pod.getInitContainers());
        assertFalse(containers.isEmpty());
        for (Container container : containers) {
            assertAll(container.getName(),
                    () -> assertNotNull(container.getReadinessProbe(), "readinessProbe"),
                    () -> assertNotNull(container.getLivenessProbe(), "livenessProbe"),
                    () -> assertNotNull(container.getStartupProbe(), "startupProbe"),
                    () -> assertEquals("/health/ready", container.getReadinessProbe().getHttpGet().getPath()),
                    () -> assertEquals("/health/live", container.getLivenessProbe().getHttpGet().getPath()),
                    () -> assertTrue(bounded(container, "cpu"), "cpu request and limit"),
                    () -> assertTrue(bounded(container, "memory"), "memory request and limit"));
        }
    }

    @ParameterizedTest
    @MethodSource("renders")
    void jvmHeapIsDerivedFromTheMemoryLimitAndLeavesRoomOutsideIt(Manifests manifests) {
        Container app = manifests.podSpec().getContainers().getFirst();
        String options = env(app, "JDK_JAVA_OPTIONS");
        Matcher xmx = Pattern.compile("-Xmx(\\d+)m").matcher(options);
        assertTrue(xmx.find(), options);
        long heapMiB = Long.parseLong(xmx.group(1));
        long limitMiB = Quantity.getAmountInBytes(app.getResources().getLimits().get("memory")).longValue() >> 20;
        assertTrue(heapMiB < limitMiB * 0.8 && heapMiB > limitMiB * 0.5,
                () -> "heap " + heapMiB + "Mi for a limit of " + limitMiB + "Mi");
    }

    @ParameterizedTest
    @MethodSource("renders")
    void replicasAndDisruptionBudgetAgree(Manifests manifests) {
        int replicas = manifests.statefulSet().getSpec().getReplicas();
        var budget = manifests.disruptionBudget();
        if (replicas <= 1) {
            assertTrue(budget.isEmpty(), "a budget on a single pod would block every drain");
            return;
        }
        PodDisruptionBudget pdb = budget.orElseThrow(() -> new AssertionError("several replicas need a budget"));
        var spec = pdb.getSpec();
        if (spec.getMinAvailable() != null) {
            assertTrue(spec.getMinAvailable().getIntVal() < replicas, "minAvailable must stay below replicas");
        } else {
            assertTrue(spec.getMaxUnavailable().getIntVal() >= 1, "maxUnavailable must allow one eviction");
        }
        assertEquals(manifests.statefulSet().getSpec().getSelector().getMatchLabels(),
                spec.getSelector().getMatchLabels(), "the budget covers the application pods");
    }

    @ParameterizedTest
    @MethodSource("renders")
    void headlessServiceSelectsTheStatefulSetPodsAndIsItsServiceName(Manifests manifests) {
        StatefulSet statefulSet = manifests.statefulSet();
        Service headless = manifests.service(statefulSet.getSpec().getServiceName());
        Map<String, String> podLabels = statefulSet.getSpec().getTemplate().getMetadata().getLabels();
        assertAll(
                () -> assertEquals("None", headless.getSpec().getClusterIP()),
                () -> assertTrue(headless.getSpec().getPublishNotReadyAddresses(),
                        "booting members must be resolvable before they are ready"),
                () -> assertFalse(headless.getSpec().getSelector().isEmpty()),
                () -> assertTrue(podLabels.entrySet().containsAll(headless.getSpec().getSelector().entrySet()),
                        "the headless Service selects the StatefulSet's pods"),
                () -> assertEquals(statefulSet.getSpec().getSelector().getMatchLabels(),
                        headless.getSpec().getSelector()));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void hazelcastDiscoveryPointsAtTheHeadlessServiceDnsName(Manifests manifests) {
        StatefulSet statefulSet = manifests.statefulSet();
        Service headless = manifests.service(statefulSet.getSpec().getServiceName());
        Container app = statefulSet.getSpec().getTemplate().getSpec().getContainers().getFirst();
        String clusterMode = argument(app, "--clustermode");
        ServicePort hazelcast = headless.getSpec().getPorts().stream()
                .filter(p -> "hazelcast".equals(p.getName())).findFirst().orElseThrow();
        ContainerPort containerPort = app.getPorts().stream()
                .filter(p -> "hazelcast".equals(p.getName())).findFirst().orElseThrow();
        String expectedHost = headless.getMetadata().getName() + "." + Chart.NAMESPACE + ".svc.cluster.local";
        assertAll(
                () -> assertEquals("dns:" + expectedHost + ":" + hazelcast.getPort(), clusterMode),
                () -> assertEquals(hazelcast.getPort(), containerPort.getContainerPort()),
                () -> assertEquals(String.valueOf(hazelcast.getPort()), argument(app, "--startport")),
                () -> assertEquals("$(POD_NAME)", argument(app, "--name"), "the member is named after its pod"));
    }

    @ParameterizedTest
    @MethodSource("renders")
    void podsRunAsNonRootOnAReadOnlyRootWithoutCapabilities(Manifests manifests) {
        PodSpec pod = manifests.podSpec();
        Container app = pod.getContainers().getFirst();
        var security = app.getSecurityContext();
        assertAll(
                () -> assertTrue(pod.getSecurityContext().getRunAsNonRoot()),
                () -> assertTrue(security.getReadOnlyRootFilesystem()),
                () -> assertFalse(security.getAllowPrivilegeEscalation()),
                () -> assertEquals(List.of("ALL"), security.getCapabilities().getDrop()),
                () -> assertTrue(app.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName())
                        && v.getEmptyDir() != null)), "/tmp is a writable emptyDir"));
    }

    @org.junit.jupiter.api.Test
    void theImageIsNamedByRepositoryAndTagWithTheAppVersionAsDefaultTag() {
        Container trial = Chart.withDefaults().podSpec().getContainers().getFirst();
        Container pinned = Chart.render(Map.of("image.repository", "registry.example.jp/tsunagu/tsunagu",
                "image.tag", "1.2.3", "image.pullPolicy", "Always")).podSpec().getContainers().getFirst();
        assertAll(
                () -> assertEquals("tsunagu:0.1.0", trial.getImage()),
                () -> assertEquals("registry.example.jp/tsunagu/tsunagu:1.2.3", pinned.getImage()),
                () -> assertEquals("Always", pinned.getImagePullPolicy()));
    }

    private static boolean bounded(Container container, String resource) {
        var resources = container.getResources();
        return resources != null && resources.getRequests() != null && resources.getLimits() != null
                && resources.getRequests().containsKey(resource) && resources.getLimits().containsKey(resource);
    }

    static String env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .map(e -> e.getValue()).orElseThrow(() -> new AssertionError("no env " + name));
    }

    static String argument(Container container, String option) {
        List<String> args = container.getArgs();
        int index = args.indexOf(option);
        assertTrue(index >= 0 && index + 1 < args.size(), () -> option + " missing from " + args);
        return args.get(index + 1);
    }
}
