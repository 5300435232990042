package jp.tsunagu.app.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B cannot parse (broken JSON, a number where text belongs): a 400 that does not echo the body. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.of(400, "malformed-request", "The request body could not be read",
                "the body is not valid JSON of the expected shape", null);
    }
}
