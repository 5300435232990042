package jp.tsunagu.app.problem;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemResponse;

/** Problem responses of the application's exception mappers; their shape is {@link ProblemResponse}'s. */
public final class Problems {

    private Problems() {
    }

    public static Response of(int status, String slug, String title, String detail, String field) {
        return ProblemResponse.of(status, slug, title, detail, field == null ? Map.of() : Map.of("field", field)).build();
    }

    public static Response of(ProblemException problem) {
        return ProblemResponse.of(problem).build();
    }
}
