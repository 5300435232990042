package jp.tsunagu.tenants.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.hazelcast.cluster.Member;
import com.hazelcast.map.IMap;

/**
 * The directory of application nodes: the members Hazelcast sees, with what each node last reported of itself (kept
 * in the map {@value #MAP} under its member id, as text, for a limited time so that a departed node's entry goes by
 * itself). Without Hazelcast, this node alone. Figures about the machines only.
 */
@ApplicationScoped
public class ClusterNodes {

    static final String MAP = "tsunagu-nodes";
    /** How long a report counts; nodes report far more often (see the application's heartbeat). */
    static final Duration REPORT_LIFETIME = Duration.ofMinutes(2);

    @Inject
    ClusterGrid grid;

    @Inject
    Clock clock;

    private final Instant upSince = Instant.now();
    private final String name = localName();
    private volatile Optional<Boolean> ready = Optional.empty();
    private volatile Optional<Instant> reportedAt = Optional.empty();

    /** This node's readiness now, for every node to see. */
    public void report(boolean isReady) {
        Instant now = clock.instant();
        ready = Optional.of(isReady);
        reportedAt = Optional.of(now);
        map().ifPresent(nodes -> nodes.set(grid.hazelcast().orElseThrow().getCluster().getLocalMember().getUuid().toString(),
                NodeReport.text(name, upSince, isReady, now), REPORT_LIFETIME.toSeconds(), TimeUnit.SECONDS));
    }

    /** Every node of the cluster, this one first, then by name. */
    public List<ClusterNode> nodes() {
        Optional<IMap<String, String>> reports = map();
        if (reports.isEmpty()) {
            return List.of(self("local"));
        }
        Member local = grid.hazelcast().orElseThrow().getCluster().getLocalMember();
        return grid.members().stream()
                .map(member -> member.equals(local) ? self(address(member))
                        : NodeReport.parse(reports.get().get(member.getUuid().toString()))
                                .map(report -> report.node(address(member)))
                                .orElseGet(() -> new ClusterNode(member.getUuid().toString(), address(member),
                                        Optional.empty(), Optional.empty(), Optional.empty(), false)))
                .sorted(Comparator.comparing((ClusterNode node) -> !node.self()).thenComparing(ClusterNode::name))
                .toList();
    }

    private ClusterNode self(String address) {
        return new ClusterNode(name, address, Optional.of(upSince), ready, reportedAt, true);
    }

    private Optional<IMap<String, String>> map() {
        return grid.hazelcast().map(hazelcast -> hazelcast.getMap(MAP));
    }

    private static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    private static String localName() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
