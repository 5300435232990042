package jp.tsunagu.helm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

/** Replicas, disruption budget, anti-affinity and exposure: defaults for a trial, production for real work. */
class ScalingAndPlacementTest {

    @Test
    void singleReplicaGetsNoDisruptionBudget() {
        Manifests manifests = Chart.withDefaults();
        assertEquals(1, manifests.statefulSet().getSpec().getReplicas());
        assertTrue(manifests.disruptionBudget().isEmpty());
    }

    @Test
    void minAvailableAtTheReplicaCountIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("replicaCount", 3, "podDisruptionBudget.minAvailable", 3)));
        assertTrue(failure.getMessage().contains("must be below replicaCount"), failure.getMessage());
    }

    @Test
    void minAvailableBelowTheReplicaCountReplacesMaxUnavailable() {
        var budget = Chart.render(Map.of("replicaCount", 3, "podDisruptionBudget.minAvailable", 2))
                .disruptionBudget().orElseThrow().getSpec();
        assertAll(() -> assertEquals(2, budget.getMinAvailable().getIntVal()),
                () -> assertNull(budget.getMaxUnavailable()));
    }

    @Test
    void defaultsPreferSpreadingPodsOverNodes() {
        var antiAffinity = Chart.withDefaults().podSpec().getAffinity().getPodAntiAffinity();
        assertAll(() -> assertEquals(1, antiAffinity.getPreferredDuringSchedulingIgnoredDuringExecution().size()),
                () -> assertTrue(antiAffinity.getRequiredDuringSchedulingIgnoredDuringExecution().isEmpty()));
    }

    @Test
    void productionRunsThreeReplicasOnePerNode() {
        Manifests manifests = Chart.withProductionValues();
        var antiAffinity = manifests.podSpec().getAffinity().getPodAntiAffinity();
        var required = antiAffinity.getRequiredDuringSchedulingIgnoredDuringExecution();
        assertAll(
                () -> assertEquals(3, manifests.statefulSet().getSpec().getReplicas()),
                () -> assertEquals(1, required.size()),
                () -> assertEquals("kubernetes.io/hostname", required.getFirst().getTopologyKey()),
                () -> assertEquals(manifests.statefulSet().getSpec().getSelector().getMatchLabels(),
                        required.getFirst().getLabelSelector().getMatchLabels()),
                () -> assertEquals(1, manifests.disruptionBudget().orElseThrow().getSpec().getMaxUnavailable().getIntVal()));
    }

    @Test
    void productionGivesPodsMoreMemoryThanTheDefaults() {
        Quantity trial = Chart.withDefaults().podSpec().getContainers().getFirst().getResources().getLimits().get("memory");
        Quantity production = Chart.withProductionValues().podSpec().getContainers().getFirst().getResources()
                .getLimits().get("memory");
        assertTrue(Quantity.getAmountInBytes(production).compareTo(Quantity.getAmountInBytes(trial)) > 0);
    }

    @Test
    void productionIngressServesTheHostOverTlsOnly() {
        Ingress ingress = Chart.withProductionValues().only(Ingress.class);
        var tls = ingress.getSpec().getTls();
        assertAll(
                () -> assertEquals(1, tls.size()),
                () -> assertNotNull(tls.getFirst().getSecretName()),
                () -> assertEquals(ingress.getSpec().getRules().getFirst().getHost(), tls.getFirst().getHosts().getFirst()),
                () -> assertEquals("tsunagu", ingress.getSpec().getRules().getFirst().getHttp().getPaths().getFirst()
                        .getBackend().getService().getName()));
    }

    @Test
    void defaultsExposeNothingOutsideTheCluster() {
        assertTrue(Chart.withDefaults().all(Ingress.class).isEmpty());
    }

    @Test
    void aMemoryLimitTooSmallForTheHeapIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("resources.limits.memory", "256Mi")));
        assertTrue(failure.getMessage().contains("raise resources.limits.memory"), failure.getMessage());
    }
}
