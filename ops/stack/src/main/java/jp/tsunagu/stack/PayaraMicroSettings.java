package jp.tsunagu.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to run one Payara Micro instance: which WAR (deployed at the context root {@code /}), on which HTTP port,
 * with how much heap, and with which MicroProfile Config values (environment variables such as
 * {@code TSUNAGU_DB_URL}, or system properties). HTTP and Hazelcast always bind to 127.0.0.1 only.
 * Start with {@link #of} and adjust with the {@code with...} methods.
 *
 * @param hazelcastPort the Hazelcast member port; 0 picks a free one (enough for a single instance)
 * @param cluster       absent for a single instance ({@code --nocluster})
 * @param javaHome      the JDK (21+) that runs Micro; by default the one running this code
 */
public record PayaraMicroSettings(Path microJar, Path war, int httpPort, Path workDirectory, String maxHeap,
                                  int hazelcastPort, Optional<HazelcastCluster> cluster,
                                  Map<String, String> environment, Map<String, String> systemProperties,
                                  Duration startupTimeout, Path javaHome) {

    public PayaraMicroSettings {
        Objects.requireNonNull(microJar, "microJar");
        Objects.requireNonNull(war, "war");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(javaHome, "javaHome");
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("HTTP port out of range: " + httpPort);
        }
        if (maxHeap == null || !maxHeap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("maxHeap is a size such as 512m, not " + maxHeap);
        }
        environment = Map.copyOf(environment);
        systemProperties = Map.copyOf(systemProperties);
    }

    /** A single instance with 512 MB of heap (Micro takes a quarter of the machine's memory otherwise). */
    public static PayaraMicroSettings of(Path microJar, Path war, int httpPort, Path workDirectory) {
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, "512m", 0, Optional.empty(),
                Map.of(), Map.of(), Duration.ofMinutes(3), Path.of(System.getProperty("java.home")));
    }

    public PayaraMicroSettings withMaxHeap(String size) {
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, size, hazelcastPort, cluster,
                environment, systemProperties, startupTimeout, javaHome);
    }

    /** Joins {@code cluster} as the member listening on {@code ownHazelcastPort}. */
    public PayaraMicroSettings withCluster(HazelcastCluster clusterToJoin, int ownHazelcastPort) {
        if (!clusterToJoin.memberPorts().contains(ownHazelcastPort)) {
            throw new IllegalArgumentException("port " + ownHazelcastPort + " is not a member of " + clusterToJoin);
        }
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, maxHeap, ownHazelcastPort,
                Optional.of(clusterToJoin), environment, systemProperties, startupTimeout, javaHome);
    }

    /** Adds variables to Micro's environment (it also inherits this process's environment). */
    public PayaraMicroSettings withEnvironment(Map<String, String> variables) {
        Map<String, String> merged = new HashMap<>(environment);
        merged.putAll(variables);
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, maxHeap, hazelcastPort, cluster,
                merged, systemProperties, startupTimeout, javaHome);
    }

    public PayaraMicroSettings withSystemProperties(Map<String, String> properties) {
        Map<String, String> merged = new HashMap<>(systemProperties);
        merged.putAll(properties);
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, maxHeap, hazelcastPort, cluster,
                environment, merged, startupTimeout, javaHome);
    }

    public PayaraMicroSettings withStartupTimeout(Duration timeout) {
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, maxHeap, hazelcastPort, cluster,
                environment, systemProperties, timeout, javaHome);
    }

    public PayaraMicroSettings withJavaHome(Path jdk) {
        return new PayaraMicroSettings(microJar, war, httpPort, workDirectory, maxHeap, hazelcastPort, cluster,
                environment, systemProperties, startupTimeout, jdk);
    }

    /** asadmin commands Micro runs before it boots: what its command line cannot say. */
    String prebootCommands(int memberPort) {
        return String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                "set hazelcast-runtime-configuration.interface=127.0.0.1",
                "set hazelcast-runtime-configuration.start-port=" + memberPort,
                "");
    }

    /** The whole command line; system property values may be secrets, so it is never logged. */
    List<String> commandLine(Path prebootCommandFile) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-Xmx" + maxHeap);
        // Micro unpacks ~110 MB of runtime into the temp directory: keep it in the work directory.
        command.add("-Djava.io.tmpdir=" + workDirectory.resolve("tmp").toAbsolutePath());
        command.add("-Dhazelcast.socket.bind.any=false");
        new TreeMap<>(systemProperties).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", microJar.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--prebootcommandfile", prebootCommandFile.toAbsolutePath().toString(),
                "--disablephonehome"));
        cluster.ifPresentOrElse(
                joined -> command.addAll(List.of("--clustername", joined.name(),
                        "--clustermode", joined.discovery(), "--interfaces", "127.0.0.1")),
                () -> command.add("--nocluster"));
        return command;
    }
}
