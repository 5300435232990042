package jp.tsunagu.tenants.cluster;

import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

/**
 * Tells every node of the cluster that something they may have cached is no longer true, through one Hazelcast topic
 * ({@value #TOPIC}). {@link #publish} waits for the caller's transaction to commit (a node that reloaded before the
 * commit would cache the old state again), then delivers the signal on this node at once, on the caller's thread, and
 * sends it to the others, which receive it within milliseconds and fire it as a CDI event on a managed thread. The
 * reusable piece for revocations: a grant's, a closed disaster's, an agreement's. Without Hazelcast it delivers on
 * this node only.
 */
@ApplicationScoped
public class ClusterBroadcast {

    static final String TOPIC = "tsunagu-signals";
    private static final Logger LOG = Logger.getLogger(ClusterBroadcast.class.getName());

    @Inject
    ClusterGrid grid;

    @Inject
    Event<ClusterSignal.Revocation> revocations;

    @Inject
    Event<ClusterSignal.TenantChanged> tenantChanges;

    @Inject
    Event<ClusterSignal.MembershipChanged> memberships;

    private ManagedExecutorService executor;
    private volatile TransactionSynchronizationRegistry transactions;
    private volatile Optional<ITopic<String>> topic = Optional.empty();

    /**
     * Subscribes this node to the topic and to membership changes. Called once by the application on a managed
     * thread after deployment (Payara does not inject resources into beans of library jars created while the
     * application is still being initialised), hence looked up here.
     */
    public synchronized void start() {
        if (transactions != null) {
            return;
        }
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("the container's executor or transaction registry is not available", e);
        }
        grid.hazelcast().ifPresent(this::listen);
    }

    private void listen(HazelcastInstance hazelcast) {
        ITopic<String> signals = hazelcast.getTopic(TOPIC);
        UUID self = hazelcast.getCluster().getLocalMember().getUuid();
        signals.addMessageListener(message -> {
            // This node delivered its own signal when it sent it.
            if (message.getPublishingMember() == null || !self.equals(message.getPublishingMember().getUuid())) {
                ClusterSignal.parse(message.getMessageObject()).ifPresentOrElse(
                        signal -> executor.execute(() -> deliver(signal)),
                        () -> LOG.warning("Cluster: a signal this release does not know was ignored"));
            }
        });
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                changed(event);
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                changed(event);
            }

            private void changed(MembershipEvent event) {
                int members = event.getMembers().size();
                LOG.info(() -> "Cluster: " + members + " member(s) now");
                executor.execute(() -> memberships.fire(new ClusterSignal.MembershipChanged(members)));
            }
        });
        topic = Optional.of(signals);
    }

    /** Delivers the signal on every node once the caller's transaction has committed (at once without one). */
    public void publish(ClusterSignal signal) {
        if (signal instanceof ClusterSignal.MembershipChanged) {
            throw new IllegalArgumentException("membership changes are Hazelcast's to tell");
        }
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing is true yet before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        send(signal);
                    }
                }
            });
        } else {
            send(signal);
        }
    }

    private void send(ClusterSignal signal) {
        deliver(signal);
        try {
            topic.ifPresent(signals -> signals.publish(ClusterSignal.text(signal)));
        } catch (RuntimeException e) {
            // The change is committed; nodes that miss it fall back on their caches' time limits (and quorum).
            LOG.warning(() -> "Cluster: a signal was not sent to the other nodes: " + e.getClass().getName());
        }
    }

    private void deliver(ClusterSignal signal) {
        switch (signal) {
            case ClusterSignal.Revocation revocation -> revocations.fire(revocation);
            case ClusterSignal.TenantChanged changed -> tenantChanges.fire(changed);
            case ClusterSignal.MembershipChanged changed -> memberships.fire(changed);
        }
    }
}
