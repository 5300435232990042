package jp.tsunagu.provisioning.services;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.keycloak.KeycloakAdmin;
import jp.tsunagu.tenants.access.ServiceClientDirectory;
import jp.tsunagu.tenants.access.TenantWork;
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
 */
@ApplicationScoped
public class ServiceClients implements ServiceClientDirectory {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ServiceClients.class.getName());

    static final String PREFIX = "svc-";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,60}");

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    TenantWork work;

    @Inject
    Clock clock;

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
    public java.util.Optional<java.util.Set<String>> registeredRoles(PrefectureCode tenant, String clientId) {
        return active(tenant, clientId).map(client -> client.kind().roles());
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
