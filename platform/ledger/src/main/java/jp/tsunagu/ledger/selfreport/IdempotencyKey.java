package jp.tsunagu.ledger.selfreport;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key that makes a portal's submission idempotent: the {@code Idempotency-Key} header or the body's
 * {@code submissionId}. One of them is required; when both are given they must be equal. 1–100 characters of
 * letters, digits and {@code . _ : -}, so a key is never personal text. Keys are the portal's own: two portals may use
 * the same key for different submissions.
 */
public record IdempotencyKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public IdempotencyKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidSelfReportException("submissionId",
                    "a submission id (or Idempotency-Key) is 1-100 letters, digits, '.', '_', ':' or '-'");
        }
    }

    public static IdempotencyKey of(Optional<String> header, Optional<String> submissionId) {
        Optional<String> fromHeader = header.map(String::strip).filter(h -> !h.isEmpty());
        Optional<String> fromBody = submissionId.map(String::strip).filter(s -> !s.isEmpty());
        if (fromHeader.isPresent() && fromBody.isPresent() && !fromHeader.equals(fromBody)) {
            throw new InvalidSelfReportException("submissionId", "submissionId and the Idempotency-Key header differ");
        }
        return new IdempotencyKey(fromHeader.or(() -> fromBody).orElseThrow(() -> new InvalidSelfReportException(
                "submissionId", "a submissionId or an Idempotency-Key header is required")));
    }

    @Override
    public String toString() {
        return value;
    }
}
