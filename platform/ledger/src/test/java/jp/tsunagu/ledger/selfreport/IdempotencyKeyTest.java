package jp.tsunagu.ledger.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void theHeaderOrTheSubmissionIdIsTheKey() {
        assertEquals("abc-1", IdempotencyKey.of(Optional.of("abc-1"), Optional.empty()).value());
        assertEquals("abc-1", IdempotencyKey.of(Optional.empty(), Optional.of(" abc-1 ")).value());
        assertEquals("abc-1", IdempotencyKey.of(Optional.of("abc-1"), Optional.of("abc-1")).value());
    }

    @Test
    void aHeaderAndASubmissionIdThatDifferAreRefused() {
        InvalidSelfReportException refused = assertThrows(InvalidSelfReportException.class,
                () -> IdempotencyKey.of(Optional.of("a"), Optional.of("b")));
        assertEquals("submissionId", refused.field().orElseThrow());
    }

    @Test
    void aKeyIsRequiredAndIsNeverFreeText() {
        assertThrows(InvalidSelfReportException.class, () -> IdempotencyKey.of(Optional.empty(), Optional.empty()));
        assertThrows(InvalidSelfReportException.class, () -> IdempotencyKey.of(Optional.of("  "), Optional.empty()));
        assertThrows(InvalidSelfReportException.class, () -> new IdempotencyKey("山田 太郎"));
        assertThrows(InvalidSelfReportException.class, () -> new IdempotencyKey("x".repeat(101)));
        assertEquals(100, new IdempotencyKey("x".repeat(100)).value().length());
    }
}
