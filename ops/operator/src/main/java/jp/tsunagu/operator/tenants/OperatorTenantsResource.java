package jp.tsunagu.operator.tenants;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tsunagu.provisioning.accounts.StaffAccount;
import jp.tsunagu.provisioning.onboarding.TenantOnboarding;
import jp.tsunagu.provisioning.onboarding.TenantOnboarding.OnboardingResult;
import jp.tsunagu.tenants.access.OperatorOnly;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.InvalidCodeException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** The operator plane's view of tenants: every prefecture with figures, and onboarding. National operators only. */
@Path("operator/tenants")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorTenantsResource {

    @Inject
    TenantOverviews overviews;

    @Inject
    TenantOnboarding onboarding;

    public record FirstAdminRequest(String username, String email, String familyName, String givenName) {
    }

    public record OnboardingReply(String prefectureCode, boolean alreadyOnboarded, String message, Admin admin) {
        public record Admin(String username, String temporaryPassword) {
        }
    }

    @GET
    public List<TenantOverview> list() {
        return overviews.all();
    }

    @POST
    @Path("{code}/onboarding")
    public Response onboard(@PathParam("code") String code, FirstAdminRequest body) {
        PrefectureCode prefecture = prefecture(code);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body naming the first prefecture admin is required");
        }
        StaffAccount admin = new StaffAccount(body.username(), body.email(), body.familyName(), body.givenName());
        OnboardingResult result = onboarding.onboard(prefecture, admin);
        if (result.alreadyOnboarded()) {
            return Response.ok(new OnboardingReply(prefecture.value(), true,
                    "the prefecture is onboarded already; nothing was changed", null)).build();
        }
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store").entity(new OnboardingReply(prefecture.value(), false,
                "onboarded: schema, realm and first prefecture admin are ready",
                new OnboardingReply.Admin(result.adminUsername().orElseThrow(),
                        result.adminTemporaryPassword().orElse(null)))).build();
    }

    private static PrefectureCode prefecture(String code) {
        try {
            return PrefectureCode.of(code);
        } catch (InvalidCodeException e) {
            throw new InvalidRequestException("prefectureCode", e.getMessage());
        }
    }
}
