package jp.tsunagu.app.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.tsunagu.tenants.problem.ProblemException;

/** Every business refusal becomes a problem response with its stable type and the field it is about. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException problem) {
        return Problems.of(problem);
    }
}
