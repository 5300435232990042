package jp.tsunagu.app.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import jp.tsunagu.operator.traffic.NodeTrafficText;
import jp.tsunagu.operator.traffic.TrafficCounts;
import jp.tsunagu.operator.traffic.TrafficFigures;
import jp.tsunagu.operator.traffic.TrafficWindow;
import jp.tsunagu.tenants.cluster.ClusterGrid;

/**
 * API traffic of the last minutes, fed by {@link RequestFigures}, read by the operator plane. Each node shares its own
 * window in the cluster map {@value #MAP} (at every heartbeat, kept two minutes), so any node answers for all of them:
 * its own counts as of now, the others' as of their last heartbeat.
 */
@ApplicationScoped
public class NodeTraffic implements TrafficFigures {

    static final String MAP = "tsunagu-traffic";
    private static final long SHARED_SECONDS = 120;

    private final TrafficWindow window = new TrafficWindow();

    @Inject
    Clock clock;

    @Inject
    ClusterGrid grid;

    void record(String tenantLabel, int status, long nanos) {
        window.record(tenantLabel, status, nanos, clock.instant());
    }

    /** Shares this node's window with the others; without a cluster there is nobody to tell. */
    public void share() {
        grid.hazelcast().ifPresent(hazelcast -> shared(hazelcast).set(self(hazelcast),
                NodeTrafficText.of(window.recent(clock.instant())), SHARED_SECONDS, TimeUnit.SECONDS));
    }

    @Override
    public Map<String, TrafficCounts> recent() {
        List<Map<String, TrafficCounts>> nodes = new ArrayList<>();
        nodes.add(window.recent(clock.instant()));
        grid.hazelcast().ifPresent(hazelcast -> {
            IMap<String, String> shared = shared(hazelcast);
            String self = self(hazelcast);
            for (Member member : hazelcast.getCluster().getMembers()) {
                String id = member.getUuid().toString();
                if (!id.equals(self)) {
                    nodes.add(NodeTrafficText.parse(shared.get(id)));
                }
            }
        });
        return NodeTrafficText.sum(nodes);
    }

    private static IMap<String, String> shared(HazelcastInstance hazelcast) {
        return hazelcast.getMap(MAP);
    }

    private static String self(HazelcastInstance hazelcast) {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }
}
