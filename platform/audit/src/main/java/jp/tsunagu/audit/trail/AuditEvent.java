package jp.tsunagu.audit.trail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jp.tsunagu.audit.basis.LegalBasis;

/**
 * What a module tells the log about one use of personal data; who and in which tenant's chain the log works out
 * ({@link AuditTrail}). Immutable; each {@code with…} returns a new event. The action names the module and the
 * use, e.g. {@code ledger.person.read}, {@code agreement.person.read}.
 *
 * <pre>{@code audit.record(AuditEvent.of("ledger.person.read", Outcome.ALLOWED)
 *         .disaster(disasterId).persons(List.of(personId)).basis(LegalBasis.INTERNAL_USE));}</pre>
 */
public record AuditEvent(String action, Outcome outcome, Optional<String> disaster, List<String> subjects,
                         SortedMap<String, String> query, SortedMap<String, String> personalQuery,
                         Optional<String> items, Optional<LegalBasis> basis, Optional<String> refusal,
                         Optional<String> reference) {

    private static final Pattern ACTION = Pattern.compile("[a-z]+(\\.[a-z][a-z-]*)+");
    /** More person ids than this are not listed in an entry: the entry's reference names where they are recorded. */
    public static final int MAX_SUBJECTS = 1000;

    public AuditEvent {
        if (action == null || !ACTION.matcher(action).matches() || action.length() > 80) {
            throw new IllegalArgumentException("an action is a dotted lower-case name like ledger.person.read");
        }
        Objects.requireNonNull(outcome, "outcome");
        subjects = List.copyOf(subjects);
        if (subjects.size() > MAX_SUBJECTS) {
            throw new IllegalArgumentException("at most " + MAX_SUBJECTS + " subjects per entry");
        }
        query = new TreeMap<>(query);
        personalQuery = new TreeMap<>(personalQuery);
        if (personalQuery.keySet().stream().anyMatch(query::containsKey)) {
            throw new IllegalArgumentException("a query parameter is either personal or not");
        }
    }

    public static AuditEvent of(String action, Outcome outcome) {
        return new AuditEvent(action, outcome, Optional.empty(), List.of(), new TreeMap<>(), new TreeMap<>(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AuditEvent disaster(UUID disasterId) {
        return disaster(disasterId.toString());
    }

    /** The disaster instance as the log shows it: an id, or a digest of one ({@link Digests#ofForeignId}). */
    public AuditEvent disaster(String shown) {
        return new AuditEvent(action, outcome, Optional.of(shown), subjects, query, personalQuery,
                items, basis, refusal, reference);
    }

    public AuditEvent persons(Collection<UUID> personIds) {
        return subjects(personIds.stream().map(UUID::toString).toList());
    }

    /** Persons as the log shows them: ids, or digests of ids that were not found in this tenant. */
    public AuditEvent subjects(Collection<String> shown) {
        List<String> all = new ArrayList<>(subjects);
        shown.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return new AuditEvent(action, outcome, disaster, all, query, personalQuery, items, basis, refusal,
                reference);
    }

    /** One normalised query parameter; personal values are given as digests ({@link Digests}). */
    public AuditEvent query(String name, String value) {
        SortedMap<String, String> more = new TreeMap<>(query);
        more.put(name, value);
        return new AuditEvent(action, outcome, disaster, subjects, more, personalQuery, items, basis, refusal,
                reference);
    }

    /**
     * A query parameter whose value is personal data (a name, an address, a birth date): the log keeps only its
     * keyed digest ({@link Digests#ofQueryValue}), computed when the entry is written.
     */
    public AuditEvent personalQuery(String name, String value) {
        SortedMap<String, String> more = new TreeMap<>(personalQuery);
        more.put(name, value);
        return new AuditEvent(action, outcome, disaster, subjects, query, more, items, basis, refusal, reference);
    }

    /** Which items were read or provided (field ids, comma separated), when not the whole entry. */
    public AuditEvent items(Collection<String> fieldIds) {
        return new AuditEvent(action, outcome, disaster, subjects, query, personalQuery,
                Optional.of(String.join(",", fieldIds)), basis, refusal, reference);
    }

    public AuditEvent basis(LegalBasis legalBasis) {
        return new AuditEvent(action, outcome, disaster, subjects, query, personalQuery, items, Optional.of(legalBasis),
                refusal, reference);
    }

    /** Why it was refused or failed: the problem type's slug, e.g. {@code not-found}, {@code missing-basis-…}. */
    public AuditEvent refusal(String slug) {
        return new AuditEvent(action, outcome, disaster, subjects, query, personalQuery, items, basis,
                Optional.of(slug), reference);
    }

    /** The record this use left elsewhere, e.g. {@code ledger_export:<id>} or {@code ledger_provision:<id>}. */
    public AuditEvent reference(String recorded) {
        return new AuditEvent(action, outcome, disaster, subjects, query, personalQuery, items, basis, refusal,
                Optional.of(recorded));
    }

    public AuditEvent outcome(Outcome ended) {
        return new AuditEvent(action, ended, disaster, subjects, query, personalQuery, items, basis, refusal,
                reference);
    }

    /**
     * The query as one text: {@code name=value} pairs in name order, joined by {@code &}, personal values replaced by
     * what {@code digest} makes of them; null when there is no query.
     */
    String queryText(UnaryOperator<String> digest) {
        SortedMap<String, String> all = new TreeMap<>(query);
        personalQuery.forEach((name, value) -> all.put(name, digest.apply(value)));
        if (all.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        all.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return text.toString();
    }

    /** Never the personal query values. */
    @Override
    public String toString() {
        return "AuditEvent[" + action + " " + outcome + ", " + subjects.size() + " subjects, query " + query.keySet()
                + " " + personalQuery.keySet() + "]";
    }
}
