package jp.tsunagu.provisioning.accounts;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tsunagu.provisioning.access.Permissions;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.problem.RequestFields;

/** Support organisations registered with the prefecture, whose workers can then be granted accounts. */
@Path("support-organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
public class SupportOrganisationsResource {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Permissions permissions;

    @Inject
    Clock clock;

    public record RegistrationRequest(String name, String kind, String corporateNumber) {
    }

    public record OrganisationView(String id, String name, String kind, String corporateNumber) {
        static OrganisationView of(SupportOrganisation org) {
            return new OrganisationView(org.id().toString(), org.name(), org.kind().name(),
                    org.corporateNumber().orElse(null));
        }
    }

    @POST
    public Response register(RegistrationRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        String name = RequestFields.requireText(body.name(), "name", 200);
        SupportOrganisation.Kind kind = RequestFields.requireEnum(body.kind(), SupportOrganisation.Kind.class, "kind");
        CorporateNumber number = body.corporateNumber() == null || body.corporateNumber().isBlank()
                ? null : new CorporateNumber(body.corporateNumber().strip());
        boolean taken = !em.createQuery("select o from SupportOrganisation o where o.name = :name",
                SupportOrganisation.class).setParameter("name", name).getResultList().isEmpty();
        if (taken) {
            throw new DuplicateOrganisationException();
        }
        SupportOrganisation org = new SupportOrganisation(name, kind, number, clock.instant());
        em.persist(org);
        return Response.created(uri.getAbsolutePathBuilder().path(org.id().toString()).build())
                .entity(OrganisationView.of(org)).build();
    }

    @GET
    public List<OrganisationView> list() {
        return em.createQuery("select o from SupportOrganisation o order by o.name", SupportOrganisation.class)
                .getResultList().stream().map(OrganisationView::of).toList();
    }

    /** An organisation of the same name is registered already. */
    public static class DuplicateOrganisationException extends ProblemException {
        DuplicateOrganisationException() {
            super(ProblemKind.DUPLICATE, "name", "a support organisation with this name is registered already");
        }
    }
}
