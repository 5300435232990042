package jp.tsunagu.app.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B failed. Reading a request body that is not JSON of the expected shape is the client's fault (400, without
 * echoing the body); failing to write a response is ours (500). The stack tells which side failed. Jersey wraps
 * reader failures in a ProcessingException, which {@link BodyProcessingMapper} hands here.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(JsonbException exception) {
        return of(exception);
    }

    static Response of(Throwable exception) {
        if (whileWriting(exception)) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Response could not be serialised, incident {0}: {1}",
                    new Object[]{incident, UnexpectedFailureMapper.describe(exception)});
            return Problems.of(500, "internal-error", "Internal error",
                    "an unexpected error occurred; incident " + incident, null);
        }
        return Problems.of(400, "malformed-request", "The request body could not be read",
                "the body is not valid JSON of the expected shape", null);
    }

    static boolean whileWriting(Throwable exception) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            if (frame.getMethodName().equals("writeTo")) {
                return true;
            }
            if (frame.getMethodName().equals("readFrom")) {
                return false;
            }
        }
        return false;
    }
}
