package jp.tsunagu.tenants.access;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import jp.tsunagu.tenants.problem.ProblemResponse;

/**
 * RFC 9457 {@code application/problem+json} answers of the access filters. The detail names the failed check; it
 * never repeats anything from the token. {@code reason} is a stable slug for clients.
 */
final class ProblemResponses {

    // RFC 6750: a request without credentials gets the challenge without an error code.
    private static final String CHALLENGE = "Bearer realm=\"tsunagu\"";

    private ProblemResponses() {
    }

    static Response missingToken() {
        return unauthenticated(RejectionReason.MISSING, CHALLENGE);
    }

    static Response rejected(RejectionReason reason) {
        if (reason.isServerSide()) {
            return problem(Response.Status.SERVICE_UNAVAILABLE, "unavailable", "A service the request needs is unavailable",
                    reason.description(), reason.slug())
                    .header(HttpHeaders.RETRY_AFTER, "30").build();
        }
        return unauthenticated(reason, CHALLENGE + ", error=\"invalid_token\", error_description=\""
                + reason.description() + "\"");
    }

    static Response noActiveGrant() {
        return problem(Response.Status.FORBIDDEN, "no-active-grant", "No active grant",
                "The account holds no active, unexpired grant", "no-active-grant").build();
    }

    static Response forbidden(AccessRefusal refusal) {
        return problem(Response.Status.FORBIDDEN, "forbidden", "Not allowed", refusal.description(), refusal.slug()).build();
    }

    private static Response unauthenticated(RejectionReason reason, String challenge) {
        return problem(Response.Status.UNAUTHORIZED, "unauthenticated", "Authentication required",
                reason.description(), reason.slug())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static Response.ResponseBuilder problem(Response.Status status, String type, String title, String detail,
                                                    String reason) {
        return ProblemResponse.of(status.getStatusCode(), type, title, detail, Map.of("reason", reason));
    }
}
