package jp.tsunagu.audit.admin;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tsunagu.audit.trail.Outcome;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * What a prefecture admin looks for in the log: entries about a person (their id among the subjects), by an actor
 * (subject id or login name), in a time range ({@code from} inclusive, {@code to} exclusive, ISO-8601 instants),
 * of an action (exact, or a prefix ending in a dot: {@code ledger.}), with an outcome. Every value is a bind
 * parameter.
 */
record EntryFilter(Optional<String> person, Optional<String> actor, Optional<Instant> from, Optional<Instant> to,
                   Optional<String> action, Optional<Outcome> outcome) {

    private static final Pattern ACTION = Pattern.compile("[a-z.\\-]{1,80}");

    static EntryFilter parse(String person, String actor, String from, String to, String action, String outcome) {
        return new EntryFilter(text(person, "personId", 100), text(actor, "actor", 200), instant(from, "from"),
                instant(to, "to"), text(action, "action", 80).map(EntryFilter::action),
                text(outcome, "outcome", 20).map(o -> RequestFields.requireEnum(o.toUpperCase(java.util.Locale.ROOT),
                        Outcome.class, "outcome")));
    }

    /** {@code WHERE …} (always at least {@code TRUE}) and its parameters, in order. */
    String where(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        person.ifPresent(p -> {
            conditions.add("subjects @> ARRAY[?]::text[]");
            parameters.add(p);
        });
        actor.ifPresent(a -> {
            conditions.add("(actor_subject = ? OR actor_username = ?)");
            parameters.add(a);
            parameters.add(a);
        });
        from.ifPresent(f -> {
            conditions.add("recorded_at >= ?");
            parameters.add(Timestamp.from(f));
        });
        to.ifPresent(t -> {
            conditions.add("recorded_at < ?");
            parameters.add(Timestamp.from(t));
        });
        action.ifPresent(a -> {
            if (a.endsWith(".")) {
                conditions.add("starts_with(action, ?)");
            } else {
                conditions.add("action = ?");
            }
            parameters.add(a);
        });
        outcome.ifPresent(o -> {
            conditions.add("outcome = ?");
            parameters.add(o.name());
        });
        return " WHERE " + String.join(" AND ", conditions);
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static Optional<String> text(String value, String field, int max) {
        return value == null || value.isBlank() ? Optional.empty()
                : Optional.of(RequestFields.requireText(value, field, max));
    }

    private static String action(String value) {
        if (!ACTION.matcher(value).matches()) {
            throw new InvalidRequestException("action", "an action is a dotted name such as ledger.person.read, or a"
                    + " prefix such as ledger.");
        }
        return value;
    }

    private static Optional<Instant> instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " is an ISO-8601 instant, e.g. 2026-11-22T00:00:00Z");
        }
    }
}
