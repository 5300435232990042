package jp.tsunagu.helm;

import static jp.tsunagu.helm.Manifests.field;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Volume;
import org.junit.jupiter.api.Test;

/**
 * The cluster's settings follow the replicas: the quorum a pod needs to trust its caches is a majority of them, the
 * pods find each other by DNS, PostgreSQL notices a vanished pod within a minute, and no volume holds uploads.
 */
class ClusterSettingsTest {

    @Test
    void theQuorumIsAMajorityOfTheReplicasUnlessSet() {
        assertAll(
                () -> assertEquals("1", quorum(Chart.withDefaults())),
                () -> assertEquals("2", quorum(Chart.withProductionValues())),
                () -> assertEquals("3", quorum(Chart.render(Map.of("replicaCount", 5)))),
                () -> assertEquals("1", quorum(Chart.render(Map.of("replicaCount", 3, "hazelcast.quorum", 1)))));
    }

    @Test
    void podsJoinThroughTheHeadlessServicesDnsName() {
        var args = Chart.withProductionValues().podSpec().getContainers().getFirst().getArgs();
        assertEquals("dns:tsunagu-hazelcast." + Chart.NAMESPACE + ".svc.cluster.local:6900",
                args.get(args.indexOf("--clustermode") + 1));
    }

    @Test
    void postgresqlDropsTheConnectionsOfAVanishedPodWithinAMinute() {
        var cluster = Chart.withDefaults().custom("postgresql.cnpg.io/v1", "Cluster").stream()
                .filter(c -> c.getMetadata().getName().equals("tsunagu-db")).findFirst().orElseThrow();
        int idle = Integer.parseInt((String) field(cluster, "spec.postgresql.parameters.tcp_keepalives_idle"));
        int interval = Integer.parseInt((String) field(cluster, "spec.postgresql.parameters.tcp_keepalives_interval"));
        int count = Integer.parseInt((String) field(cluster, "spec.postgresql.parameters.tcp_keepalives_count"));
        assertTrue(idle + interval * count <= 60, "keepalives give up after " + (idle + interval * count) + " s");
    }

    @Test
    void uploadsNeedNoVolumeOnlyTheTemporaryDirectory() {
        var volumes = Chart.withProductionValues().podSpec().getVolumes();
        assertEquals(1, volumes.size(), volumes::toString);
        Volume tmp = volumes.getFirst();
        assertAll(() -> assertEquals("tmp", tmp.getName()),
                () -> assertEquals("3Gi", tmp.getEmptyDir().getSizeLimit().toString()));
    }

    private static String quorum(Manifests manifests) {
        return manifests.only(ConfigMap.class).getData().get("TSUNAGU_CLUSTER_QUORUM");
    }
}
