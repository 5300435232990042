package jp.tsunagu.app.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tsunagu.tenants.problem.ProblemException;

/** Builds RFC 9457 {@code application/problem+json} responses; the one place their shape is decided. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    public static Response of(int status, String slug, String title, String detail, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", ProblemException.TYPE_BASE + slug)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    public static Response of(ProblemException problem) {
        return of(problem.kind().status(), problem.kind().slug(), problem.kind().title(), problem.getMessage(),
                problem.field().orElse(null));
    }
}
