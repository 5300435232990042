package jp.tsunagu.audit.trail;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what an {@link Audited} request asked for into an event: the path and query parameters by name, and what
 * {@link AuditNotes} learnt. Ids are shown as they are only once the access check found the disaster instance in
 * this tenant; before that they are unverified input, possibly another tenant's, and shown as digests, while
 * personal query values are then left out altogether (there is no instance whose key could digest them).
 */
final class CallTarget {

    static final String DISASTER = "disasterId";
    static final String PERSON = "personId";
    static final String WITHHELD = "(withheld)";

    private CallTarget() {
    }

    static AuditEvent event(String action, Outcome outcome, Set<String> personal, Map<String, Object> path,
                            Map<String, Object> query, AuditNotes notes) {
        boolean verified = notes.targetVerified();
        AuditEvent event = AuditEvent.of(action, outcome);
        for (Map.Entry<String, Object> parameter : path.entrySet()) {
            String value = text(parameter.getValue());
            if (value == null) {
                continue;
            }
            String shown = verified ? value : Digests.ofForeignId(value);
            if (parameter.getKey().equals(DISASTER)) {
                event = event.disaster(shown);
            } else if (parameter.getKey().equals(PERSON)) {
                event = event.subjects(List.of(shown));
            } else {
                event = event.query(parameter.getKey(), shown);
            }
        }
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            String value = text(parameter.getValue());
            if (value == null) {
                continue;
            }
            if (!personal.contains(parameter.getKey())) {
                event = event.query(parameter.getKey(), value);
            } else if (verified) {
                event = event.personalQuery(parameter.getKey(), value);
            } else {
                event = event.query(parameter.getKey(), WITHHELD);
            }
        }
        event = event.persons(notes.persons());
        if (notes.items().isPresent()) {
            event = event.items(notes.items().get());
        }
        if (notes.basis().isPresent()) {
            event = event.basis(notes.basis().get());
        }
        if (notes.reference().isPresent()) {
            event = event.reference(notes.reference().get());
        }
        return event;
    }

    static Set<String> personal(Audited audited) {
        return Arrays.stream(audited.personal()).collect(Collectors.toUnmodifiableSet());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","))
                : String.valueOf(value);
        return text.isBlank() ? null : text.strip();
    }
}
