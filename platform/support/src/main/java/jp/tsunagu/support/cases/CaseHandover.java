package jp.tsunagu.support.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;

/** A claim (no one before) or a transfer of a case: from whom, to whom, why, who did it and when. Never changed. */
@Entity
@Table(name = "support_case_handover")
public class CaseHandover {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Column(name = "from_kind", length = 40)
    private String fromKind;

    @Column(name = "from_code", length = 100)
    private String fromCode;

    @Column(name = "to_kind", nullable = false, length = 40)
    private String toKind;

    @Column(name = "to_code", nullable = false, length = 100)
    private String toCode;

    @Column(length = 1000)
    private String reason;

    @Column(name = "by_subject", nullable = false, length = 100)
    private String bySubject;

    @Column(name = "by_username", nullable = false, length = 200)
    private String byUsername;

    @Column(nullable = false)
    private Instant at;

    protected CaseHandover() {
    }

    CaseHandover(SupportCase supportCase, Optional<ActingFor> from, ActingFor to, Optional<String> reason, Actor by,
                 Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = supportCase.id();
        this.disasterId = supportCase.disasterId();
        this.fromKind = from.map(ActingFor::scopeKind).orElse(null);
        this.fromCode = from.map(ActingFor::scopeCode).orElse(null);
        this.toKind = to.scopeKind();
        this.toCode = to.scopeCode();
        this.reason = reason.orElse(null);
        this.bySubject = by.subject();
        this.byUsername = by.username();
        this.at = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    public Optional<ActingFor> from() {
        return fromKind == null ? Optional.empty() : Optional.of(new ActingFor(fromKind, fromCode));
    }

    public ActingFor to() {
        return new ActingFor(toKind, toCode);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Actor by() {
        return new Actor(bySubject, byUsername);
    }

    public Instant at() {
        return at;
    }
}
