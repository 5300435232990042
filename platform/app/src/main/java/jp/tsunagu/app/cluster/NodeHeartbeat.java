package jp.tsunagu.app.cluster;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jp.tsunagu.app.activity.NodeTraffic;
import jp.tsunagu.ledger.imports.control.ImportTakeover;
import jp.tsunagu.tenants.cluster.ClusterBroadcast;
import jp.tsunagu.tenants.cluster.ClusterGrid;
import jp.tsunagu.tenants.cluster.ClusterNodes;

/**
 * Starts this node's part of the cluster once the application runs (broadcasts, import takeovers), then every ten
 * seconds runs its readiness checks (PostgreSQL, Keycloak) and reports the result in the cluster's directory of nodes,
 * where the operator plane reads every node's health from any node, and shares this node's API traffic figures.
 */
@ApplicationScoped
public class NodeHeartbeat {

    static final long EVERY_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @Inject
    ClusterNodes nodes;

    @Inject
    ClusterGrid grid;

    @Inject
    ClusterBroadcast broadcast;

    @Inject
    ImportTakeover takeover;

    @Inject
    NodeTraffic traffic;

    private ScheduledFuture<?> beats;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // The cluster's beans live in library jars: Payara injects their resources only once the application runs,
        // so they are started on a managed thread rather than here.
        scheduler.execute(this::startClusterWork);
        beats = scheduler.scheduleWithFixedDelay(this::beat, 1, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void startClusterWork() {
        try {
            broadcast.start();
            takeover.start();
            // Also registers the cluster gauges, with the first sight of the grid.
            LOG.info(() -> "Cluster: " + grid.size() + " node(s) seen at start, quorum " + grid.quorum());
        } catch (RuntimeException e) {
            LOG.severe(() -> "Cluster: broadcasts or import takeovers did not start: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (beats != null) {
            beats.cancel(false);
        }
    }

    private void beat() {
        try {
            boolean ready = checks.stream().map(HealthCheck::call)
                    .allMatch(response -> response.getStatus() == HealthCheckResponse.Status.UP);
            nodes.report(ready);
            traffic.share();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Cluster: this node's health was not reported: " + e.getClass().getName());
        }
    }
}
