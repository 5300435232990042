package jp.tsunagu.tenants.problem;

import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of an RFC 9457 {@code application/problem+json} answer: a stable {@code type} under
 * {@link ProblemException#TYPE_BASE}, a title, the status, a detail without personal data, and extension members
 * such as the {@code field} a request got wrong or the {@code reason} a token was refused. Never cached.
 */
public final class ProblemResponse {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    // Looked up once: Json.createObjectBuilder() looks the provider up on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProblemResponse() {
    }

    public static Response.ResponseBuilder of(int status, String slug, String title, String detail,
                                              Map<String, String> members) {
        return respond(status, body(status, slug, title, detail, members));
    }

    /** The answer to a business rule's refusal: its kind's status and title, its type, detail and members. */
    public static Response.ResponseBuilder of(ProblemException problem) {
        return respond(problem.kind().status(), body(problem));
    }

    private static Response.ResponseBuilder respond(int status, JsonObject body) {
        return Response.status(status).type(MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body.toString());
    }

    /** The problem's body alone, e.g. as one item's answer inside a batch's answer. */
    public static JsonObject body(ProblemException problem) {
        return body(problem.kind().status(), problem.slug(), problem.kind().title(), problem.getMessage(), problem.members());
    }

    private static JsonObject body(int status, String slug, String title, String detail, Map<String, String> members) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", ProblemException.TYPE_BASE + slug)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        members.forEach(body::add);
        return body.build();
    }
}
