package jp.tsunagu.helm;

import static jp.tsunagu.helm.Manifests.field;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

/** The CloudNativePG and Keycloak Operator resources, and how the application is wired to what they create. */
class OperatorResourcesTest {

    private static final String CNPG = "postgresql.cnpg.io/v1";

    @Test
    void applicationReadsTheCnpgAppSecretAndTheReadWriteService() {
        Manifests manifests = Chart.withDefaults();
        GenericKubernetesResource cluster = cluster(manifests, "tsunagu-db");
        Container app = manifests.podSpec().getContainers().getFirst();
        ConfigMap config = manifests.only(ConfigMap.class);
        String database = (String) field(cluster, "spec.bootstrap.initdb.database");
        assertAll(
                () -> assertEquals("jdbc:postgresql://tsunagu-db-rw." + Chart.NAMESPACE + ".svc:5432/" + database,
                        config.getData().get("TSUNAGU_DB_URL")),
                () -> assertSecretRef(app, "TSUNAGU_DB_USER", "tsunagu-db-app", "username"),
                () -> assertSecretRef(app, "TSUNAGU_DB_PASSWORD", "tsunagu-db-app", "password"));
    }

    @Test
    void externalDatabaseIsReachedByUrlWithCredentialsFromTheNamedSecret() {
        Manifests manifests = Chart.render(Map.of("database.mode", "external",
                "database.external.url", "jdbc:postgresql://pg.example.jp:5432/tsunagu",
                "database.external.existingSecret", "pg-credentials"));
        Container app = manifests.podSpec().getContainers().getFirst();
        assertAll(
                () -> assertTrue(clusters(manifests).stream().noneMatch(c -> c.getMetadata().getName().equals("tsunagu-db"))),
                () -> assertEquals("jdbc:postgresql://pg.example.jp:5432/tsunagu",
                        manifests.only(ConfigMap.class).getData().get("TSUNAGU_DB_URL")),
                () -> assertSecretRef(app, "TSUNAGU_DB_PASSWORD", "pg-credentials", "password"));
    }

    @Test
    void productionRunsThreeInstanceClustersWithRequiredAntiAffinity() {
        for (GenericKubernetesResource cluster : clusters(Chart.withProductionValues())) {
            assertAll(cluster.getMetadata().getName(),
                    () -> assertEquals(3, field(cluster, "spec.instances")),
                    () -> assertEquals("required", field(cluster, "spec.affinity.podAntiAffinityType")),
                    () -> assertEquals(true, plugin(cluster).get("isWALArchiver"), "WAL archived by the plugin"));
        }
    }

    @Test
    void everyClusterHasAScheduledPluginBackupAndAnObjectStoreWhenBackupsAreOn() {
        Manifests manifests = Chart.withProductionValues();
        List<GenericKubernetesResource> clusters = clusters(manifests);
        List<GenericKubernetesResource> backups = manifests.custom(CNPG, "ScheduledBackup");
        Set<String> objectStores = manifests.custom("barmancloud.cnpg.io/v1", "ObjectStore").stream()
                .map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("tsunagu-db", "tsunagu-keycloak-db"), names(clusters));
        assertEquals(names(clusters), backups.stream().map(b -> (String) field(b, "spec.cluster.name"))
                .collect(Collectors.toSet()), "one schedule per cluster, naming a rendered cluster");
        for (GenericKubernetesResource backup : backups) {
            assertAll(backup.getMetadata().getName(),
                    () -> assertEquals("plugin", field(backup, "spec.method")),
                    () -> assertEquals("barman-cloud.cloudnative-pg.io", field(backup, "spec.pluginConfiguration.name")),
                    () -> assertTrue(Set.of("primary", "prefer-standby").contains(field(backup, "spec.target"))),
                    () -> assertEquals(6, ((String) field(backup, "spec.schedule")).split(" ").length,
                            "CNPG's cron has a seconds field"));
        }
        for (GenericKubernetesResource cluster : clusters) {
            Object storeName = ((Map<?, ?>) plugin(cluster).get("parameters")).get("barmanObjectName");
            assertTrue(objectStores.contains(storeName), () -> storeName + " is not a rendered ObjectStore");
        }
    }

    @Test
    void noBackupResourceIsRenderedWhileBackupsAreOff() {
        Manifests manifests = Chart.withDefaults();
        assertAll(
                () -> assertTrue(manifests.custom(CNPG, "ScheduledBackup").isEmpty()),
                () -> assertTrue(manifests.custom("barmancloud.cnpg.io/v1", "ObjectStore").isEmpty()),
                () -> assertTrue(clusters(manifests).stream().allMatch(c -> field(c, "spec.plugins") == null)));
    }

    @Test
    void databasesAndTheirBackupStoresAreKeptOnHelmUninstall() {
        Manifests manifests = Chart.withProductionValues();
        List<GenericKubernetesResource> kept = new java.util.ArrayList<>(clusters(manifests));
        kept.addAll(manifests.custom("barmancloud.cnpg.io/v1", "ObjectStore"));
        assertEquals(4, kept.size());
        for (GenericKubernetesResource resource : kept) {
            assertEquals("keep", resource.getMetadata().getAnnotations().get("helm.sh/resource-policy"),
                    () -> resource.getKind() + "/" + resource.getMetadata().getName());
        }
    }

    @Test
    void operatorResourcesNeverCarryTheApplicationPodLabels() {
        Manifests manifests = Chart.withProductionValues();
        Map<String, String> selector = manifests.statefulSet().getSpec().getSelector().getMatchLabels();
        for (GenericKubernetesResource resource : manifests.all(GenericKubernetesResource.class)) {
            assertTrue(!resource.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()),
                    () -> resource.getKind() + " labels would let operator-made pods join the application's Services");
        }
    }

    @Test
    void keycloakHasItsOwnDatabaseHostnameAndTlsSecret() {
        Manifests manifests = Chart.withProductionValues();
        GenericKubernetesResource keycloak = manifests.custom("k8s.keycloak.org/v2beta1", "Keycloak").getFirst();
        GenericKubernetesResource database = cluster(manifests, "tsunagu-keycloak-db");
        assertAll(
                () -> assertEquals(2, field(keycloak, "spec.instances")),
                () -> assertEquals("postgres", field(keycloak, "spec.db.vendor")),
                () -> assertEquals(database.getMetadata().getName() + "-rw", field(keycloak, "spec.db.host")),
                () -> assertEquals(field(database, "spec.bootstrap.initdb.database"), field(keycloak, "spec.db.database")),
                () -> assertEquals(database.getMetadata().getName() + "-app", field(keycloak, "spec.db.passwordSecret.name")),
                () -> assertEquals("https://auth.tsunagu.example.jp", field(keycloak, "spec.hostname.hostname")),
                () -> assertEquals("tsunagu-keycloak-tls", field(keycloak, "spec.http.tlsSecret")),
                () -> assertEquals("xforwarded", field(keycloak, "spec.proxy.headers")));
    }

    @Test
    void applicationReachesKeycloakInClusterAndAdvertisesItsPublicUrl() {
        Manifests manifests = Chart.withProductionValues();
        Map<String, String> config = manifests.only(ConfigMap.class).getData();
        Container app = manifests.podSpec().getContainers().getFirst();
        assertAll(
                () -> assertEquals("http://tsunagu-keycloak-service." + Chart.NAMESPACE + ".svc:8080",
                        config.get("TSUNAGU_KEYCLOAK_URL")),
                () -> assertEquals("https://auth.tsunagu.example.jp", config.get("TSUNAGU_KEYCLOAK_PUBLIC_URL")),
                () -> assertEquals("tsunagu-admin", config.get("TSUNAGU_KEYCLOAK_ADMIN_CLIENT_ID")),
                () -> assertSecretRef(app, "TSUNAGU_KEYCLOAK_ADMIN_CLIENT_SECRET", "tsunagu-keycloak-admin", "client-secret"));
    }

    @Test
    void externalKeycloakRendersNoKeycloakResource() {
        Manifests manifests = Chart.render(Map.of("keycloak.mode", "external",
                "keycloak.external.url", "http://keycloak.identity.svc:8080",
                "keycloak.external.publicUrl", "https://auth.example.jp",
                "keycloak.admin.mode", "client", "keycloak.admin.existingSecret", "kc-admin"));
        Map<String, String> config = manifests.only(ConfigMap.class).getData();
        assertAll(
                () -> assertTrue(manifests.custom("k8s.keycloak.org/v2beta1", "Keycloak").isEmpty()),
                () -> assertEquals(Set.of("tsunagu-db"), names(clusters(manifests))),
                () -> assertEquals("http://keycloak.identity.svc:8080", config.get("TSUNAGU_KEYCLOAK_URL")),
                () -> assertEquals("https://auth.example.jp", config.get("TSUNAGU_KEYCLOAK_PUBLIC_URL")));
    }

    private static List<GenericKubernetesResource> clusters(Manifests manifests) {
        return manifests.custom(CNPG, "Cluster");
    }

    private static GenericKubernetesResource cluster(Manifests manifests, String name) {
        return clusters(manifests).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no CNPG Cluster " + name));
    }

    private static Map<?, ?> plugin(GenericKubernetesResource cluster) {
        List<?> plugins = (List<?>) field(cluster, "spec.plugins");
        assertTrue(plugins != null && plugins.size() == 1, "one plugin, the Barman Cloud WAL archiver");
        return (Map<?, ?>) plugins.getFirst();
    }

    private static Set<String> names(List<GenericKubernetesResource> resources) {
        return resources.stream().map(r -> r.getMetadata().getName()).collect(Collectors.toSet());
    }

    static void assertSecretRef(Container container, String variable, String secret, String key) {
        EnvVar env = container.getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + variable));
        assertAll(variable,
                () -> assertEquals(null, env.getValue(), "a secret is never an env value"),
                () -> assertEquals(secret, env.getValueFrom().getSecretKeyRef().getName()),
                () -> assertEquals(key, env.getValueFrom().getSecretKeyRef().getKey()));
    }
}
