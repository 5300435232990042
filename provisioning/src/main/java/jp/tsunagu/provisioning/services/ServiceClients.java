package jp.tsunagu.provisioning.services;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.tenants.access.ServiceClientDirectory;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.cluster.ClusterBroadcast;
import jp.tsunagu.tenants.cluster.ClusterGrid;
import jp.tsunagu.tenants.cluster.ClusterSignal;
import jp.tsunagu.tenants.cluster.RevocableCache;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Registers and withdraws the tenant's machine clients, and tells the token verifier which are registered. The
 * Keycloak client (confidential, client credentials only) is created with a {@code svc-} prefix, so a service
 * client can never take the name of the web client.
 * <p>
 * What a client is registered as is read on every request of the client, so it is kept on this node for at most
 * {@code tsunagu.access.service-client-cache-ttl} (default 30 s): a registration or a withdrawal is broadcast to every
 * node once committed ({@link ClusterSignal.Revocation} of kind {@value #REVOCATION_KIND}, the client id as subject),
 * which reads the registration again at the client's next request. A node that does not see a quorum reads it on
 * every request.
 */
@ApplicationScoped
public class ServiceClients implements ServiceClientDirectory {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ServiceClients.class.getName());

    static final String PREFIX = "svc-";
    public static final String REVOCATION_KIND = "service-client";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,60}");

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    TenantWork work;

    @Inject
    Clock clock;

    @Inject
    ClusterBroadcast broadcast;

    @Inject
    ClusterGrid grid;

    @Inject
    @ConfigProperty(name = "tsunagu.access.service-client-cache-ttl", defaultValue = "PT30S")
    Duration timeToLive;

    private record Holder(PrefectureCode tenant, String clientId) {
    }

    private RevocableCache<Holder, Optional<Set<String>>> registrations;

    /** The registered client and its secret, which is shown once and never stored here. */
    public record Registration(ServiceClient client, String secret) {
    }

    /** Runs inside a transaction bound to the tenant. */
    public Registration register(PrefectureCode tenant, String name, String purpose, Actor actor) {
        return register(tenant, name, purpose, ServiceClientKind.GENERAL, null, actor);
    }

    /** Runs inside a transaction bound to the tenant; {@code webhookUrl} may be null. */
    public Registration register(PrefectureCode tenant, String name, String purpose, ServiceClientKind kind,
                                 String webhookUrl, Actor actor) {
        java.util.Optional<java.net.URI> webhook = WebhookAddress.parse(webhookUrl, "webhookUrl");
        String clean = RequestFields.requireText(name, "name", 60);
        if (!NAME.matcher(clean).matches()) {
            throw new InvalidRequestException("name", "name uses lower-case letters, digits and hyphens");
        }
        String clientId = PREFIX + clean;
        if (em.find(ServiceClient.class, clientId) != null) {
            throw new DuplicateServiceClientException();
        }
        String secret = keycloak.ensureServiceClient(tenant.realmName(), clientId);
        ServiceClient client = new ServiceClient(clientId, RequestFields.requireText(purpose, "purpose", 200), kind,
                webhook, actor, clock.instant());
        em.persist(client);
        // A node may have cached that this id is not registered.
        broadcast.publish(ClusterSignal.Revocation.of(REVOCATION_KIND, tenant, clientId));
        return new Registration(client, secret);
    }

    /**
     * Runs inside a transaction bound to the tenant. The withdrawal is what refuses the client's tokens (checked on
     * every request); disabling its Keycloak client as well stops new tokens, but a Keycloak that cannot be reached
     * now must not undo the withdrawal.
     */
    public ServiceClient withdraw(PrefectureCode tenant, String clientId) {
        ServiceClient client = em.find(ServiceClient.class, clientId);
        if (client == null) {
            throw new NotFoundException("no service client with this id");
        }
        client.withdraw(clock.instant());
        broadcast.publish(ClusterSignal.Revocation.of(REVOCATION_KIND, tenant, clientId));
        try {
            keycloak.disableServiceClient(tenant.realmName(), clientId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Withdrawn service client not disabled in Keycloak now: " + e.getClass().getSimpleName());
        }
        return client;
    }

    /** Runs inside a transaction bound to the tenant. */
    public List<ServiceClient> all() {
        return em.createQuery("select c from ServiceClient c order by c.clientId", ServiceClient.class).getResultList();
    }

    @Override
    public boolean isRegistered(PrefectureCode tenant, String clientId) {
        return registeredRoles(tenant, clientId).isPresent();
    }

    @Override
    public Optional<Set<String>> registeredRoles(PrefectureCode tenant, String clientId) {
        if (clientId == null || !clientId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return cache().get(new Holder(tenant, clientId), holder -> RevocableCache.Answer.of(
                active(holder.tenant(), holder.clientId()).map(client -> client.kind().roles())));
    }

    void revoked(@Observes ClusterSignal.Revocation revocation) {
        cache().evict(holder -> revocation.concerns(holder.tenant(), holder.clientId()));
    }

    void membershipChanged(@Observes ClusterSignal.MembershipChanged changed) {
        cache().clear();
    }

    private synchronized RevocableCache<Holder, Optional<Set<String>>> cache() {
        if (registrations == null) {
            registrations = new RevocableCache<>(timeToLive, 10_000, grid::isQuorate, clock);
        }
        return registrations;
    }

    @Override
    public java.util.Optional<java.net.URI> webhookOf(PrefectureCode tenant, String clientId) {
        return active(tenant, clientId).flatMap(ServiceClient::webhook);
    }

    private java.util.Optional<ServiceClient> active(PrefectureCode tenant, String clientId) {
        if (clientId == null || !clientId.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        return work.run(tenant, () -> java.util.Optional.ofNullable(em.find(ServiceClient.class, clientId))
                .filter(ServiceClient::isActive));
    }

    /** A service client of this name is registered already. */
    public static class DuplicateServiceClientException extends ProblemException {
        DuplicateServiceClientException() {
            super(ProblemKind.DUPLICATE, "name", "a service client with this name is registered already");
        }
    }
}
