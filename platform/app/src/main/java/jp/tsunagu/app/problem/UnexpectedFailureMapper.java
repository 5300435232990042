package jp.tsunagu.app.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.tsunagu.tenants.problem.ProblemException;

/**
 * Anything unforeseen: a 500 with an incident id. The log gets the exception classes and stack frames but no
 * messages, because driver and persistence messages may quote values (and values may be personal data).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable problem = causeOfKind(failure, ProblemException.class);
        if (problem != null) {
            return Problems.of((ProblemException) problem);
        }
        // Two requests changed the same thing at once: the later one is told so instead of failing.
        if (causeOfKind(failure, jakarta.persistence.OptimisticLockException.class) != null
                || causeOfKind(failure, jp.tsunagu.tenants.registry.TenantStateException.class) != null) {
            return Problems.of(409, "conflict", "The request conflicts with the current state",
                    "it was changed by another request at the same time; read it again and retry", null);
        }
        if (hasSqlState(failure, "23505")) {
            return Problems.of(409, "duplicate", "It exists already",
                    "another request created the same thing at the same time", null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident {0}: {1}", new Object[]{incident, describe(failure)});
        return Problems.of(500, "internal-error", "Internal error",
                "an unexpected error occurred; incident " + incident, null);
    }

    private static Throwable causeOfKind(Throwable failure, Class<?> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " <- caused by ").append(t.getClass().getName());
            if (t instanceof java.sql.SQLException sql) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(5, frames.length); i++) {
                text.append("\n    at ").append(frames[i]);
            }
        }
        return text.toString();
    }
}
