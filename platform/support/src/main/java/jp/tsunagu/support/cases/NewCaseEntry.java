package jp.tsunagu.support.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * An entry to add to a case, checked kind by kind: a contact says how it was made, a need has a category and an urgency,
 * support given has a category, 要配慮者 details name at least one category; the note says what happened and is
 * required; a follow-up date is optional. A detail that does not belong to the kind is refused rather than dropped.
 */
public record NewCaseEntry(EntryKind kind, Instant occurredAt, Optional<ContactChannel> channel,
                           Optional<NeedCategory> category, Optional<Urgency> urgency, Set<CareCategory> careCategories,
                           String note, Optional<LocalDate> followUpOn) {

    static final int LONGEST_NOTE = 4000;

    public NewCaseEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(urgency, "urgency");
        careCategories = Set.copyOf(careCategories);
        Objects.requireNonNull(followUpOn, "followUpOn");
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("note", "note is required: what was seen, said or done");
        }
        note = note.strip();
        if (note.length() > LONGEST_NOTE) {
            throw new InvalidRequestException("note", "note is longer than " + LONGEST_NOTE + " characters");
        }
        requireExactly(kind, kind == EntryKind.CONTACT, channel.isPresent(), "channel");
        requireExactly(kind, kind == EntryKind.NEED || kind == EntryKind.SUPPORT, category.isPresent(), "category");
        requireExactly(kind, kind == EntryKind.NEED, urgency.isPresent(), "urgency");
        requireExactly(kind, kind == EntryKind.CARE, !careCategories.isEmpty(), "careCategories");
    }

    // Static: a compact constructor's fields are not assigned until it ends.
    private static void requireExactly(EntryKind kind, boolean needed, boolean given, String field) {
        if (needed && !given) {
            throw new InvalidRequestException(field, field + " is required for " + kind.name().toLowerCase());
        }
        if (!needed && given) {
            throw new InvalidRequestException(field, field + " does not belong to " + kind.name().toLowerCase());
        }
    }
}
