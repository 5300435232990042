package jp.tsunagu.audit.admin;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.tsunagu.audit.trail.AuditEntry;

/**
 * An entry as a CSV line (RFC 4180 quoting, CRLF): every stored field, subjects joined by {@code |}, so a downloaded
 * file can be re-checked against the chain with the encoding of docs/audit.md.
 */
final class EntryCsv {

    static final String HEADER = String.join(",", List.of("seq", "recorded_at", "chain", "actor_subject",
            "actor_username", "actor_tenant", "actor_capacity", "actor_roles", "actor_scope", "action", "disaster",
            "subjects", "query", "items", "legal_basis", "outcome", "refusal", "reference", "previous_hash", "hash"))
            + "\r\n";

    private EntryCsv() {
    }

    static String row(AuditEntry e) {
        return Stream.of(Long.toString(e.seq()), e.recordedAt().toString(), e.chain(), e.actor().subject(),
                        e.actor().username(), e.actor().tenant().orElse(""), e.actor().capacity(), e.actor().roles(),
                        e.actor().scope(), e.action(), e.disaster(), String.join("|", e.subjects()), e.query(),
                        e.items(), e.basis(), e.outcome().name(), e.refusal(), e.reference(), e.previousHash(), e.hash())
                .map(EntryCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would be a formula in a spreadsheet; ' keeps it text (OWASP CSV injection).
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
