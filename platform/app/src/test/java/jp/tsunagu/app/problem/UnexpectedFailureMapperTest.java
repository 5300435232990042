package jp.tsunagu.app.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class UnexpectedFailureMapperTest {

    final UnexpectedFailureMapper mapper = new UnexpectedFailureMapper();

    @Test
    void aConcurrentChangeIsAConflictNotAnError() {
        Response response = mapper.toResponse(new PersistenceException(new OptimisticLockException("x")));
        assertEquals(409, response.getStatus());
        assertTrue(response.getEntity().toString().contains("/problems/conflict"));
    }

    @Test
    void aUniqueViolationIsADuplicate() {
        Response response = mapper.toResponse(new PersistenceException(new SQLException("dup", "23505")));
        assertEquals(409, response.getStatus());
        assertTrue(response.getEntity().toString().contains("/problems/duplicate"));
    }

    @Test
    void anythingElseIsAnIncidentThatRepeatsNoMessage() {
        Response response = mapper.toResponse(new IllegalStateException("山田太郎 1970-03-01"));
        assertEquals(500, response.getStatus());
        assertFalse(response.getEntity().toString().contains("山田"));
        assertFalse(UnexpectedFailureMapper.describe(new IllegalStateException("山田太郎")).contains("山田"));
    }

    @Test
    void aBodyThatCannotBeWrittenIsOurFaultAndOneThatCannotBeReadIsTheClients() {
        RuntimeException writing = failureIn("writeTo");
        RuntimeException reading = failureIn("readFrom");
        assertTrue(UnreadableBodyMapper.whileWriting(writing));
        assertFalse(UnreadableBodyMapper.whileWriting(reading));
        assertEquals(500, UnreadableBodyMapper.of(writing).getStatus());
        assertEquals(400, UnreadableBodyMapper.of(reading).getStatus());
    }

    private static RuntimeException failureIn(String method) {
        RuntimeException failure = new RuntimeException();
        failure.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("org.eclipse.yasson.Internal", "serialize", "X.java", 1),
                new StackTraceElement("org.glassfish.jersey.jsonb.JsonBindingProvider", method, "Y.java", 2)});
        return failure;
    }
}
