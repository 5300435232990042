package jp.tsunagu.provisioning.agreements;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Sharing agreements between prefectures (広域避難の情報共有協定), for the prefecture admins of the two parties: the home
 * proposes, the host accepts or declines, either revokes. Another prefecture's agreement is not found (404).
 */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
@Tag(name = "agreements", description = "広域避難の情報共有協定: cross-prefecture sharing agreements")
public class AgreementsResource {

    @Inject
    CallerContext callers;

    @Inject
    SharingAgreements agreements;

    @Inject
    Clock clock;

    public record DecisionRequest(String reason) {

        Optional<String> checkedReason() {
            if (reason != null && reason.length() > 1000) {
                throw new InvalidRequestException("reason", "reason is longer than 1000 characters");
            }
            return reason == null || reason.isBlank() ? Optional.empty() : Optional.of(reason.strip());
        }
    }

    @POST
    @Operation(summary = "Propose an agreement to a host prefecture for one of this prefecture's disaster instances")
    public Response propose(AgreementRequest body, @Context UriInfo uri) {
        Caller caller = callers.require();
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        SharingAgreement agreement = agreements.propose(caller.requireTenant(), body.toTerms(clock.instant()),
                Permissions.actorOf(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(agreement.id().toString()).build())
                .entity(view(agreement, caller.requireTenant()))
                .build();
    }

    @GET
    @Operation(summary = "The agreements this prefecture is home or host of, proposals addressed to it included")
    public List<AgreementView> list() {
        PrefectureCode tenant = callers.require().requireTenant();
        return agreements.of(tenant).stream().map(agreement -> view(agreement, tenant)).toList();
    }

    @GET
    @Path("{agreementId}")
    @Operation(summary = "One agreement of this prefecture's")
    public AgreementView get(@PathParam("agreementId") UUID agreementId) {
        PrefectureCode tenant = callers.require().requireTenant();
        return view(agreements.require(agreementId, tenant), tenant);
    }

    @POST
    @Path("{agreementId}/acceptance")
    @Operation(summary = "The host accepts a proposal")
    public AgreementView accept(@PathParam("agreementId") UUID agreementId) {
        Caller caller = callers.require();
        return view(agreements.accept(agreementId, caller.requireTenant(), Permissions.actorOf(caller)),
                caller.requireTenant());
    }

    @POST
    @Path("{agreementId}/declination")
    @Operation(summary = "The host declines a proposal")
    public AgreementView decline(@PathParam("agreementId") UUID agreementId, DecisionRequest body) {
        Caller caller = callers.require();
        return view(agreements.decline(agreementId, caller.requireTenant(), Permissions.actorOf(caller),
                reason(body)), caller.requireTenant());
    }

    @POST
    @Path("{agreementId}/revocation")
    @Operation(summary = "Either side ends the agreement; the home also withdraws its proposal")
    public AgreementView revoke(@PathParam("agreementId") UUID agreementId, DecisionRequest body) {
        Caller caller = callers.require();
        return view(agreements.revoke(agreementId, caller.requireTenant(), Permissions.actorOf(caller),
                reason(body)), caller.requireTenant());
    }

    private static Optional<String> reason(DecisionRequest body) {
        return body == null ? Optional.empty() : body.checkedReason();
    }

    private AgreementView view(SharingAgreement agreement, PrefectureCode viewer) {
        return AgreementView.of(agreement, viewer, clock.instant());
    }
}
