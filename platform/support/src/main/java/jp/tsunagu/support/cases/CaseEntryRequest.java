package jp.tsunagu.support.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The JSON body of a case entry: {@code kind} (visit, contact, need, care, support), {@code occurredAt} (date-time with
 * offset; absent: now), {@code channel} (contacts), {@code category} (needs and support), {@code urgency} (needs),
 * {@code careCategories} (要配慮者 details), {@code note} (required), {@code followUpOn} (ISO date).
 */
public record CaseEntryRequest(String kind, String occurredAt, String channel, String category, String urgency,
                               List<String> careCategories, String note, String followUpOn) {

    public NewCaseEntry entry(Clock clock) {
        EntryKind checkedKind = RequestFields.requireEnum(kind, EntryKind.class, "kind");
        Instant now = clock.instant();
        Instant occurred = RequestFields.optionalInstant(occurredAt, "occurredAt").orElse(now);
        if (occurred.isAfter(now.plusSeconds(300))) {
            throw new InvalidRequestException("occurredAt", "occurredAt is in the future");
        }
        Set<CareCategory> care = EnumSet.noneOf(CareCategory.class);
        for (String category : careCategories == null ? List.<String>of() : careCategories) {
            care.add(RequestFields.requireEnum(category, CareCategory.class, "careCategories"));
        }
        return new NewCaseEntry(checkedKind, occurred, optional(channel, ContactChannel.class, "channel"),
                optional(category, NeedCategory.class, "category"), optional(urgency, Urgency.class, "urgency"), care,
                note, followUpOn == null || followUpOn.isBlank() ? Optional.empty()
                        : Optional.of(RequestFields.requireDate(followUpOn, "followUpOn")));
    }

    private static <E extends Enum<E>> Optional<E> optional(String value, Class<E> type, String field) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(RequestFields.requireEnum(value, type, field));
    }
}
