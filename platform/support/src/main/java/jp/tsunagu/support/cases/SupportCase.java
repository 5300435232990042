package jp.tsunagu.support.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * A person's support case in a disaster instance: who is responsible for it now (a municipality, a support
 * organisation or the prefecture). Claimed by one when nobody holds it, handed on by a transfer with a reason; every
 * claim and transfer is a {@link CaseHandover}. A claim never takes a case someone else holds: the holder transfers it.
 * The version makes two claims at the same moment end in one claim and one conflict.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    private UUID id;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "holder_kind", length = 40)
    private String holderKind;

    @Column(name = "holder_code", length = 100)
    private String holderCode;

    @Column(name = "held_since")
    private Instant heldSince;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected SupportCase() {
    }

    public SupportCase(UUID disasterId, UUID personId, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.disasterId = Objects.requireNonNull(disasterId, "disasterId");
        this.personId = Objects.requireNonNull(personId, "personId");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    /** Takes responsibility for a case nobody holds. */
    public CaseHandover claim(ActingFor by, Actor actor, Instant at) {
        Optional<ActingFor> current = holder();
        if (current.isPresent()) {
            throw new CaseHeldException(current.get().equals(by) ? "you hold this case already"
                    : "this case is held by another: its holder (or the prefecture) transfers it");
        }
        return handOver(by, Optional.empty(), actor, at);
    }

    /** Hands the case to another with a reason; only what the boundary allowed (the holder or the prefecture) calls it. */
    public CaseHandover transfer(ActingFor to, String reason, Actor actor, Instant at) {
        if (holder().isEmpty()) {
            throw new CaseHeldException("nobody holds this case: claim it instead");
        }
        if (holder().get().equals(to)) {
            throw new InvalidRequestException("to", "the case is held by this one already");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "a transfer gives its reason");
        }
        return handOver(to, Optional.of(reason.strip()), actor, at);
    }

    private CaseHandover handOver(ActingFor to, Optional<String> reason, Actor actor, Instant at) {
        CaseHandover handover = new CaseHandover(this, holder(), to, reason, actor, at);
        holderKind = to.scopeKind();
        holderCode = to.scopeCode();
        heldSince = at;
        return handover;
    }

    public Optional<ActingFor> holder() {
        return holderKind == null ? Optional.empty() : Optional.of(new ActingFor(holderKind, holderCode));
    }

    public boolean isHeldBy(ActingFor party) {
        return holder().filter(party::equals).isPresent();
    }

    public UUID id() {
        return id;
    }

    public UUID disasterId() {
        return disasterId;
    }

    public UUID personId() {
        return personId;
    }

    public Optional<Instant> heldSince() {
        return Optional.ofNullable(heldSince);
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** A claim of a case that is held, or a transfer of one that is not. */
    public static class CaseHeldException extends ProblemException {

        CaseHeldException(String detail) {
            super(ProblemKind.CONFLICT, detail);
        }
    }
}
