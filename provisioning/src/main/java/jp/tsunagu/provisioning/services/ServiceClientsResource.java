package jp.tsunagu.provisioning.services;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tsunagu.provisioning.access.Permissions;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** The tenant's machine clients (resident portals, partner systems): register, list, withdraw. Prefecture admins. */
@Path("service-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
public class ServiceClientsResource {

    @Inject
    CallerContext callers;

    @Inject
    ServiceClients clients;

    /** {@code kind}: {@code general} (default) or {@code resident-portal}; {@code webhookUrl} for portals' deliveries. */
    public record RegistrationRequest(String name, String purpose, String kind, String webhookUrl) {
    }

    public record ServiceClientView(String clientId, String purpose, String kind, String webhookUrl, Instant registeredAt,
                                    Instant withdrawnAt, String clientSecret) {
        static ServiceClientView of(ServiceClient client, String secret) {
            return new ServiceClientView(client.clientId(), client.purpose(), client.kind().slug(),
                    client.webhook().map(Object::toString).orElse(null), client.registeredAt(),
                    client.withdrawnAt().orElse(null), secret);
        }
    }

    @POST
    public Response register(RegistrationRequest body) {
        Caller caller = callers.require();
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        ServiceClients.Registration registration = clients.register(caller.requireTenant(), body.name(), body.purpose(),
                ServiceClientKind.ofSlug(body.kind(), "kind"), body.webhookUrl(), Permissions.actorOf(caller));
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(ServiceClientView.of(registration.client(), registration.secret())).build();
    }

    @GET
    public List<ServiceClientView> list() {
        return clients.all().stream().map(client -> ServiceClientView.of(client, null)).toList();
    }

    @POST
    @Path("{clientId}/withdrawal")
    public ServiceClientView withdraw(@PathParam("clientId") String clientId) {
        return ServiceClientView.of(clients.withdraw(callers.require().requireTenant(), clientId), null);
    }
}
