package jp.tsunagu.provisioning.agreements;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A home prefecture's agreement to let a host prefecture see some items of some of its evacuees, and perhaps add to
 * them, for a period. One row in the shared schema, read by both sides; never cached (revocation and expiry must take
 * effect on the next request on every node), guarded by {@code version} against two concurrent decisions.
 * <p>
 * {@code PROPOSED → ACCEPTED | DECLINED | REVOKED} (the home withdraws), {@code ACCEPTED → REVOKED} (either side); a
 * period that has ended makes it EXPIRED without anyone acting. Each decision keeps who and when.
 */
@Entity
@Table(schema = "registry", name = "sharing_agreement")
@Cacheable(false)
public class SharingAgreement {

    @Id
    private UUID id;

    @Column(name = "home_prefecture", nullable = false, length = 2)
    private String homePrefecture;

    @Column(name = "host_prefecture", nullable = false, length = 2)
    private String hostPrefecture;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Column(name = "disaster_name", nullable = false, length = 200)
    private String disasterName;

    @Column(name = "host_municipalities", nullable = false, length = 2000)
    private String hostMunicipalities;

    @Column(name = "items", nullable = false, length = 400)
    private String items;

    @Column(name = "permissions", nullable = false, length = 400)
    private String permissions;

    @Column(name = "purpose", nullable = false, length = 1000)
    private String purpose;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AgreementStatus status;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "subject", column = @Column(name = "proposed_by_subject", nullable = false)),
            @AttributeOverride(name = "username", column = @Column(name = "proposed_by_username", nullable = false))})
    private Actor proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "subject", column = @Column(name = "decided_by_subject")),
            @AttributeOverride(name = "username", column = @Column(name = "decided_by_username"))})
    private Actor decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "revoked_by_prefecture", length = 2)
    private String revokedByPrefecture;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "subject", column = @Column(name = "revoked_by_subject")),
            @AttributeOverride(name = "username", column = @Column(name = "revoked_by_username"))})
    private Actor revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Version
    private long version;

    protected SharingAgreement() {
    }

    /** A proposal of the home prefecture, made by its admin. */
    public SharingAgreement(PrefectureCode home, String disasterName, AgreementTerms terms, Actor proposedBy,
                            Instant at) {
        if (home.equals(terms.host())) {
            throw new SelfAgreementException();
        }
        this.id = UUID.randomUUID();
        this.homePrefecture = home.value();
        this.hostPrefecture = terms.host().value();
        this.disasterId = terms.disasterId();
        this.disasterName = Objects.requireNonNull(disasterName, "disasterName");
        this.hostMunicipalities = join(terms.hostMunicipalities().stream().map(MunicipalityCode::value));
        this.items = join(terms.items().stream().map(Enum::name));
        this.permissions = join(terms.permissions().stream().map(Enum::name));
        this.purpose = terms.purpose();
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.status = AgreementStatus.PROPOSED;
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(at, "at");
    }

    public AgreementState stateAt(Instant now) {
        return switch (status) {
            case DECLINED -> AgreementState.DECLINED;
            case REVOKED -> AgreementState.REVOKED;
            case PROPOSED -> now.isBefore(validUntil) ? AgreementState.PROPOSED : AgreementState.EXPIRED;
            case ACCEPTED -> !now.isBefore(validUntil) ? AgreementState.EXPIRED
                    : now.isBefore(validFrom) ? AgreementState.SCHEDULED : AgreementState.IN_FORCE;
        };
    }

    /** Accepted, not revoked, and now within its period: the host may use it. */
    public boolean isInForceAt(Instant now) {
        return stateAt(now) == AgreementState.IN_FORCE;
    }

    /** The host prefecture's admin accepts the proposal. */
    public void accept(PrefectureCode by, Actor actor, Instant now) {
        requireSide(by, host(), "only the host prefecture accepts an agreement");
        requireState(now, "accept", AgreementState.PROPOSED);
        status = AgreementStatus.ACCEPTED;
        decidedBy = actor;
        decidedAt = now;
    }

    /** The host prefecture's admin declines the proposal. */
    public void decline(PrefectureCode by, Actor actor, Instant now, Optional<String> reason) {
        requireSide(by, host(), "only the host prefecture declines an agreement");
        requireState(now, "decline", AgreementState.PROPOSED);
        status = AgreementStatus.DECLINED;
        decidedBy = actor;
        decidedAt = now;
        decisionReason = reason.orElse(null);
    }

    /**
     * Ends the agreement from the next request on: either side once accepted; the home also withdraws its proposal
     * (the host answers a proposal by declining it).
     */
    public void revoke(PrefectureCode by, Actor actor, Instant now, Optional<String> reason) {
        if (!by.equals(home()) && !by.equals(host())) {
            throw new IllegalArgumentException("only a party revokes an agreement");
        }
        AgreementState state = stateAt(now);
        if (state == AgreementState.PROPOSED && !by.equals(home())) {
            throw new AgreementTransitionException("the host declines a proposal; it cannot revoke it");
        }
        requireState(now, "revoke", AgreementState.PROPOSED, AgreementState.SCHEDULED, AgreementState.IN_FORCE);
        status = AgreementStatus.REVOKED;
        revokedByPrefecture = by.value();
        revokedBy = actor;
        revokedAt = now;
        revocationReason = reason.orElse(null);
    }

    public boolean isParty(PrefectureCode prefecture) {
        return prefecture.equals(home()) || prefecture.equals(host());
    }

    /** Whether the agreement lets the host see people currently in this municipality. */
    public boolean covers(MunicipalityCode municipality) {
        return municipality.belongsTo(host())
                && (hostMunicipalities.isEmpty() || hostMunicipalities().contains(municipality));
    }

    private void requireSide(PrefectureCode by, PrefectureCode side, String detail) {
        if (!by.equals(side)) {
            throw new AgreementTransitionException(detail);
        }
    }

    private void requireState(Instant now, String action, AgreementState... allowed) {
        AgreementState state = stateAt(now);
        if (!Arrays.asList(allowed).contains(state)) {
            throw new AgreementTransitionException("cannot " + action + " an agreement that is "
                    + state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static String join(java.util.stream.Stream<String> values) {
        return values.sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String text) {
        return text.isEmpty() ? Set.of() : Set.of(text.split(","));
    }

    public UUID id() {
        return id;
    }

    public PrefectureCode home() {
        return PrefectureCode.of(homePrefecture);
    }

    public PrefectureCode host() {
        return PrefectureCode.of(hostPrefecture);
    }

    public UUID disasterId() {
        return disasterId;
    }

    public String disasterName() {
        return disasterName;
    }

    /** The host municipalities named; empty means the whole host prefecture. */
    public SortedSet<MunicipalityCode> hostMunicipalities() {
        return split(hostMunicipalities).stream().map(MunicipalityCode::new)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<SharedItem> items() {
        return split(items).stream().map(SharedItem::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public Set<SharingPermission> permissions() {
        return split(permissions).stream().map(SharingPermission::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public boolean permits(SharingPermission permission) {
        return permissions().contains(permission);
    }

    public String purpose() {
        return purpose;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public AgreementStatus status() {
        return status;
    }

    public Actor proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Optional<Actor> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<PrefectureCode> revokedByPrefecture() {
        return Optional.ofNullable(revokedByPrefecture).map(PrefectureCode::of);
    }

    public Optional<Actor> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }

    @Override
    public String toString() {
        return "SharingAgreement[" + id + ", " + homePrefecture + "→" + hostPrefecture + ", " + status + "]";
    }

    /** A decision the agreement's state, or the deciding side, does not allow. */
    public static class AgreementTransitionException extends ProblemException {
        AgreementTransitionException(String detail) {
            super(ProblemKind.ILLEGAL_TRANSITION, detail);
        }
    }

    /** A prefecture cannot agree with itself: sharing inside a prefecture goes through grants. */
    public static class SelfAgreementException extends ProblemException {
        SelfAgreementException() {
            super(ProblemKind.INVALID_REQUEST, "hostPrefecture",
                    "the host is another prefecture; inside a prefecture, host municipalities get grants");
        }
    }
}
