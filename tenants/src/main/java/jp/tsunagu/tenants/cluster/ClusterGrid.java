package jp.tsunagu.tenants.cluster;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Gauge;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;

/**
 * This node's view of the cluster: Payara's embedded Hazelcast member (JNDI {@code payara/Hazelcast}), its members,
 * and whether they are a quorum. The quorum, {@code tsunagu.cluster.quorum} (default 1; a majority of the
 * StatefulSet's replicas in production), is this application's split-brain protection: a node that sees fewer
 * members than that may be on the small side of a network partition, where broadcasts from the other side do not
 * arrive, so it stops trusting what it cached (see {@link RevocableCache}) until the partition heals.
 */
@ApplicationScoped
public class ClusterGrid {

    static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(ClusterGrid.class.getName());

    @Inject
    @ConfigProperty(name = "tsunagu.cluster.quorum", defaultValue = "1")
    int quorum;

    private volatile Optional<HazelcastInstance> hazelcast;

    /** The embedded member, unless this node runs without a cluster. */
    public Optional<HazelcastInstance> hazelcast() {
        Optional<HazelcastInstance> known = hazelcast;
        if (known == null) {
            known = lookUp();
            hazelcast = known;
        }
        return known.filter(instance -> instance.getLifecycleService().isRunning());
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance instance) {
                LOG.info(() -> "Cluster: Hazelcast member " + instance.getCluster().getLocalMember().getUuid()
                        + " of " + instance.getCluster().getMembers().size());
                return Optional.of(instance);
            }
        } catch (NamingException | RuntimeException e) {
            LOG.info(() -> "Cluster: no Hazelcast member (" + e.getClass().getSimpleName() + "); a single node");
        }
        return Optional.empty();
    }

    /** The members this node sees now (itself included); empty without Hazelcast. */
    public Set<Member> members() {
        return hazelcast().map(instance -> instance.getCluster().getMembers()).orElse(Set.of());
    }

    /** Nodes in the cluster as this node sees it; 1 without Hazelcast. */
    @Gauge(name = "tsunagu.cluster.members", unit = "none", absolute = true,
            description = "Application nodes this node sees in its Hazelcast cluster (itself included)")
    public int size() {
        return hazelcast().map(instance -> instance.getCluster().getMembers().size()).orElse(1);
    }

    public int quorum() {
        return quorum;
    }

    /** Whether this node sees at least a quorum of nodes, so broadcasts from every node reach it. */
    public boolean isQuorate() {
        return size() >= quorum;
    }

    @Gauge(name = "tsunagu.cluster.quorate", unit = "none", absolute = true,
            description = "1 while this node sees a quorum of nodes (tsunagu.cluster.quorum), else 0")
    public int quorate() {
        return isQuorate() ? 1 : 0;
    }
}
