package jp.tsunagu.provisioning.agreements;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.provisioning.access.Permissions;
import jp.tsunagu.provisioning.accounts.AccountGrant;
import jp.tsunagu.provisioning.accounts.AccountGrants;
import jp.tsunagu.provisioning.accounts.GrantOrder;
import jp.tsunagu.provisioning.accounts.GrantView;
import jp.tsunagu.provisioning.accounts.GrantsResource.RevokeRequest;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.accounts.StaffAccount;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The host prefecture's admin grants its own municipalities' staff work under an accepted agreement: accounts in the
 * host's realm (password + OTP), grants kept in the host's schema that name the agreement. The home prefecture and
 * everyone else find nothing here (404).
 */
@Path("agreements/{agreementId}/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
@Tag(name = "agreements")
public class AgreementGrantsResource {

    @Inject
    CallerContext callers;

    @Inject
    AccountGrants grants;

    @Inject
    Clock clock;

    /** Like a grant in an instance, without a scope kind: it is always a host municipality the agreement covers. */
    public record AgreementGrantRequest(String username, String email, String familyName, String givenName,
                                        String role, String municipalityCode, String expiresAt) {

        GrantOrder toOrder() {
            StaffAccount account = new StaffAccount(username, email, familyName, givenName);
            var grantRole = RequestFields.requireEnum(role, jp.tsunagu.provisioning.accounts.GrantRole.class, "role");
            var municipality = RequestFields.requireMunicipality(municipalityCode, "municipalityCode");
            Instant expiry;
            try {
                expiry = Instant.parse(RequestFields.requireText(expiresAt, "expiresAt", 40));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidRequestException("expiresAt", "expiresAt must be an ISO instant");
            }
            return new GrantOrder(account, grantRole, ScopeKind.AGREEMENT_HOST_MUNICIPALITY,
                    java.util.Optional.of(municipality), java.util.Optional.empty(), expiry);
        }
    }

    @POST
    @Operation(summary = "Grant a host municipality's staff member work under the agreement (account with OTP in this realm)")
    public Response grant(@PathParam("agreementId") UUID agreementId, AgreementGrantRequest body,
                          @Context UriInfo uri) {
        Caller caller = callers.require();
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        AccountGrants.Issued issued = grants.grantUnderAgreement(caller.requireTenant(), agreementId, body.toOrder(),
                Permissions.actorOf(caller));
        return GrantView.created(issued, clock.instant(), uri);
    }

    @GET
    @Operation(summary = "The host's grants under the agreement")
    public List<GrantView> list(@PathParam("agreementId") UUID agreementId) {
        Instant now = clock.instant();
        return grants.underAgreement(callers.require().requireTenant(), agreementId).stream()
                .map(grant -> GrantView.of(grant, now)).toList();
    }

    @POST
    @Path("{grantId}/revocation")
    @Operation(summary = "Revoke a grant under the agreement")
    public GrantView revoke(@PathParam("agreementId") UUID agreementId, @PathParam("grantId") UUID grantId,
                            RevokeRequest body) {
        Caller caller = callers.require();
        AccountGrant grant = grants.revokeUnderAgreement(caller.requireTenant(), agreementId, grantId,
                Permissions.actorOf(caller), RevokeRequest.reasonOf(body));
        return GrantView.of(grant, clock.instant());
    }
}
