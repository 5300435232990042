package jp.tsunagu.app.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jakarta REST's own refusals (unknown path, wrong method, wrong media type, unreadable body) as problem
 * responses too, so a client sees one error format everywhere.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return switch (status) {
            case 400 -> Problems.of(400, "malformed-request", "The request body could not be read",
                    "the body is not valid JSON of the expected shape", null);
            case 404 -> Problems.of(404, "not-found", "Not found", "no such resource", null);
            case 405 -> Problems.of(405, "method-not-allowed", title, "this method is not supported here", null);
            case 406 -> Problems.of(406, "not-acceptable", title, "the API answers in JSON", null);
            case 413 -> Problems.of(413, "payload-too-large", title, "the request body is too large", null);
            case 415 -> Problems.of(415, "unsupported-media-type", title, "this endpoint does not accept this media type (most take application/json)", null);
            default -> Problems.of(status, "http-" + status, title, null, null);
        };
    }
}
