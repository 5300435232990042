package jp.tsunagu.app.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey's wrapper around a JSON body that could not be read or written; anything else stays unexpected (500). */
@Provider
public class BodyProcessingMapper implements ExceptionMapper<ProcessingException> {

    private final UnexpectedFailureMapper unexpected = new UnexpectedFailureMapper();

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return UnreadableBodyMapper.of(exception);
            }
        }
        return unexpected.toResponse(exception);
    }
}
