package jp.tsunagu.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * The parts of the operators' CRD schemas this chart writes, copied by hand from their sources because fabric8
 * has no model for them (no cluster here to ask the API server either):
 * <ul>
 * <li>CloudNativePG config/crd/bases/postgresql.cnpg.io_clusters.yaml and _scheduledbackups.yaml (v1);</li>
 * <li>plugin-barman-cloud config/crd/bases/barmancloud.cnpg.io_objectstores.yaml (v1);</li>
 * <li>Keycloak operator org.keycloak.operator.crds.v2beta1.deployment.KeycloakSpec and its spec classes.</li>
 * </ul>
 * Each rule lists the keys allowed at a path (so a misspelt key fails) and the keys that must be present.
 */
final class CustomResourceSchemas {

    record Rule(Set<String> allowed, Set<String> required) {
    }

    static final String CNPG_CLUSTER = "postgresql.cnpg.io/v1 Cluster";
    static final String CNPG_SCHEDULED_BACKUP = "postgresql.cnpg.io/v1 ScheduledBackup";
    static final String BARMAN_OBJECT_STORE = "barmancloud.cnpg.io/v1 ObjectStore";
    static final String KEYCLOAK = "k8s.keycloak.org/v2beta1 Keycloak";

    private static final Set<String> RESOURCES = Set.of("limits", "requests", "claims");
    private static final Set<String> SECRET_KEY_SELECTOR = Set.of("name", "key", "optional");

    private static final Map<String, Map<String, Rule>> SCHEMAS = Map.of(
            CNPG_CLUSTER, Map.of(
                    "spec", new Rule(Set.of("instances", "imageName", "bootstrap", "storage", "affinity", "resources",
                            "plugins", "postgresql", "monitoring", "enablePDB", "primaryUpdateStrategy",
                            "inheritedMetadata", "walStorage", "topologySpreadConstraints", "priorityClassName"),
                            Set.of("instances", "storage")),
                    "spec.bootstrap", new Rule(Set.of("initdb", "recovery", "pg_basebackup"), Set.of()),
                    "spec.bootstrap.initdb", new Rule(Set.of("database", "owner", "secret", "encoding", "localeCollate",
                            "localeCType", "dataChecksums", "postInitApplicationSQL"), Set.of()),
                    "spec.storage", new Rule(Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate"),
                            Set.of("size")),
                    "spec.affinity", new Rule(Set.of("enablePodAntiAffinity", "topologyKey", "podAntiAffinityType",
                            "nodeSelector", "nodeAffinity", "tolerations", "additionalPodAntiAffinity",
                            "additionalPodAffinity"), Set.of()),
                    "spec.resources", new Rule(RESOURCES, Set.of()),
                    "spec.plugins[]", new Rule(Set.of("name", "enabled", "isWALArchiver", "parameters"), Set.of("name"))),
            CNPG_SCHEDULED_BACKUP, Map.of(
                    "spec", new Rule(Set.of("backupOwnerReference", "cluster", "immediate", "method", "online",
                            "onlineConfiguration", "pluginConfiguration", "schedule", "suspend", "target"),
                            Set.of("cluster", "schedule")),
                    "spec.cluster", new Rule(Set.of("name"), Set.of("name")),
                    "spec.pluginConfiguration", new Rule(Set.of("name", "parameters"), Set.of("name"))),
            BARMAN_OBJECT_STORE, Map.of(
                    "spec", new Rule(Set.of("configuration", "instanceSidecarConfiguration", "retentionPolicy"),
                            Set.of("configuration")),
                    // serverName is forbidden here by a validation rule: it belongs to the Cluster's plugin parameters.
                    "spec.configuration", new Rule(Set.of("azureCredentials", "data", "destinationPath", "endpointCA",
                            "endpointURL", "googleCredentials", "historyTags", "s3Credentials", "tags", "wal"),
                            Set.of("destinationPath")),
                    "spec.configuration.s3Credentials", new Rule(Set.of("accessKeyId", "inheritFromIAMRole", "region",
                            "secretAccessKey", "sessionToken"), Set.of()),
                    "spec.configuration.s3Credentials.accessKeyId", new Rule(Set.of("name", "key"), Set.of("name", "key")),
                    "spec.configuration.s3Credentials.secretAccessKey", new Rule(Set.of("name", "key"), Set.of("name", "key")),
                    "spec.configuration.wal", new Rule(Set.of("archiveAdditionalCommandArgs", "compression", "encryption",
                            "maxParallel", "restoreAdditionalCommandArgs"), Set.of()),
                    "spec.configuration.data", new Rule(Set.of("additionalCommandArgs", "compression", "encryption",
                            "immediateCheckpoint", "jobs"), Set.of())),
            KEYCLOAK, Map.of(
                    "spec", new Rule(Set.of("instances", "image", "startOptimized", "imagePullSecrets", "additionalOptions",
                            "env", "http", "unsupported", "ingress", "features", "transaction", "db", "hostname",
                            "truststores", "cache", "resources", "proxy", "httpManagement", "scheduling", "import",
                            "bootstrapAdmin", "networkPolicy", "telemetry", "tracing", "update", "readinessProbe",
                            "livenessProbe", "startupProbe", "serviceMonitor", "automountServiceAccountToken"),
                            Set.of("instances", "db", "http", "hostname")),
                    "spec.db", new Rule(Set.of("vendor", "usernameSecret", "passwordSecret", "database", "host", "port",
                            "schema", "url", "poolInitialSize", "poolMinSize", "poolMaxSize"),
                            Set.of("vendor", "host", "usernameSecret", "passwordSecret")),
                    "spec.db.usernameSecret", new Rule(SECRET_KEY_SELECTOR, Set.of("name", "key")),
                    "spec.db.passwordSecret", new Rule(SECRET_KEY_SELECTOR, Set.of("name", "key")),
                    "spec.http", new Rule(Set.of("tlsSecret", "httpEnabled", "httpPort", "httpsPort", "annotations",
                            "labels"), Set.of("tlsSecret")),
                    "spec.hostname", new Rule(Set.of("hostname", "admin", "adminUrl", "strict", "strictBackchannel",
                            "backchannelDynamic"), Set.of("hostname")),
                    "spec.proxy", new Rule(Set.of("headers"), Set.of()),
                    "spec.ingress", new Rule(Set.of("enabled", "className", "annotations", "tlsSecret", "labels"), Set.of()),
                    "spec.resources", new Rule(RESOURCES, Set.of())));

    private CustomResourceSchemas() {
    }

    static String key(GenericKubernetesResource resource) {
        return resource.getApiVersion() + " " + resource.getKind();
    }

    static boolean knows(GenericKubernetesResource resource) {
        return SCHEMAS.containsKey(key(resource));
    }

    /** Problems found: unknown keys, missing required keys, or a top-level field other than spec. */
    static List<String> violations(GenericKubernetesResource resource) {
        List<String> problems = new ArrayList<>();
        Map<String, Rule> rules = SCHEMAS.get(key(resource));
        if (rules == null) {
            problems.add("no schema known for " + key(resource));
            return problems;
        }
        resource.getAdditionalProperties().keySet().stream().filter(k -> !k.equals("spec"))
                .forEach(k -> problems.add("unexpected top-level field " + k));
        check(resource.getAdditionalProperties().get("spec"), "spec", rules, problems);
        return problems;
    }

    private static void check(Object node, String path, Map<String, Rule> rules, List<String> problems) {
        if (node instanceof List<?> items) {
            items.forEach(item -> check(item, path + "[]", rules, problems));
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        Rule rule = rules.get(path);
        if (rule != null) {
            map.keySet().stream().map(String::valueOf).filter(k -> !rule.allowed().contains(k))
                    .forEach(k -> problems.add("unknown field " + path + "." + k));
            rule.required().stream().filter(k -> !map.containsKey(k))
                    .forEach(k -> problems.add("missing required field " + path + "." + k));
            map.forEach((k, v) -> check(v, path + "." + k, rules, problems));
        }
    }
}
