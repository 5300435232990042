package jp.tsunagu.support.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;

/**
 * One entry of a case: a visit, a contact, a need, 要配慮者 details or support given, who recorded it and for whom they
 * acted (a municipality, an organisation, the prefecture). Appended, never changed: a need that was met is followed by
 * the support that met it.
 */
@Entity
@Table(name = "support_case_entry")
public class CaseEntry {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ContactChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_category", length = 20)
    private NeedCategory category;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Urgency urgency;

    @Column(name = "care_categories", length = 500)
    private String careCategories;

    @Column(nullable = false)
    private String note;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "recorded_by_subject", nullable = false, length = 100)
    private String recordedBySubject;

    @Column(name = "recorded_by_username", nullable = false, length = 200)
    private String recordedByUsername;

    @Column(name = "acting_kind", nullable = false, length = 40)
    private String actingKind;

    @Column(name = "acting_code", nullable = false, length = 100)
    private String actingCode;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CaseEntry() {
    }

    CaseEntry(SupportCase supportCase, NewCaseEntry entry, ActingFor actingFor, Actor by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = supportCase.id();
        this.disasterId = supportCase.disasterId();
        this.kind = entry.kind();
        this.occurredAt = entry.occurredAt();
        this.channel = entry.channel().orElse(null);
        this.category = entry.category().orElse(null);
        this.urgency = entry.urgency().orElse(null);
        this.careCategories = entry.careCategories().isEmpty() ? null
                : entry.careCategories().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.note = entry.note();
        this.followUpOn = entry.followUpOn().orElse(null);
        this.recordedBySubject = by.subject();
        this.recordedByUsername = by.username();
        this.actingKind = actingFor.scopeKind();
        this.actingCode = actingFor.scopeCode();
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    public EntryKind kind() {
        return kind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<ContactChannel> channel() {
        return Optional.ofNullable(channel);
    }

    public Optional<NeedCategory> category() {
        return Optional.ofNullable(category);
    }

    public Optional<Urgency> urgency() {
        return Optional.ofNullable(urgency);
    }

    public Set<CareCategory> careCategories() {
        return careCategories == null ? Set.of() : Arrays.stream(careCategories.split(",")).map(CareCategory::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public String note() {
        return note;
    }

    public Optional<LocalDate> followUpOn() {
        return Optional.ofNullable(followUpOn);
    }

    public Actor recordedBy() {
        return new Actor(recordedBySubject, recordedByUsername);
    }

    public ActingFor actingFor() {
        return new ActingFor(actingKind, actingCode);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
