package jp.tsunagu.provisioning.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.provisioning.agreements.SharingAgreement;
import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * An account's right to work in one disaster instance, with a role, a scope and an expiry; or, for a host
 * prefecture's staff, to work under a sharing agreement (then it names the agreement instead of an instance of its own
 * tenant, and is active only while the agreement is in force). The application checks it on every request, so
 * revoking it, letting it expire, or the agreement ending takes effect on the next request on any node.
 */
@Entity
@Table(name = "account_grant")
public class AccountGrant {

    static final String PURGED = "(purged)";

    @Id
    private UUID id;

    @ManyToOne
    @JoinColumn(name = "disaster_id")
    private DisasterInstance disaster;

    // In the shared schema; no foreign key (tenant changelogs name no schema), the application checks it.
    @ManyToOne
    @JoinColumn(name = "agreement_id")
    private SharingAgreement agreement;

    @Column(name = "account_subject", nullable = false, length = 100)
    private String accountSubject;

    @Column(name = "account_username", nullable = false, length = 200)
    private String accountUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private GrantRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 40)
    private ScopeKind scopeKind;

    @Column(name = "municipality_code", length = 6)
    private String municipalityCode;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private SupportOrganisation organisation;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "subject", column = @Column(name = "granted_by_subject", nullable = false)),
            @AttributeOverride(name = "username", column = @Column(name = "granted_by_username", nullable = false))})
    private Actor grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

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

    protected AccountGrant() {
    }

    AccountGrant(DisasterInstance disaster, String accountSubject, String accountUsername, GrantScope scope,
                 GrantRole role, Instant expiresAt, Actor grantedBy, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.disaster = Objects.requireNonNull(disaster);
        this.accountSubject = Objects.requireNonNull(accountSubject);
        this.accountUsername = Objects.requireNonNull(accountUsername);
        this.role = Objects.requireNonNull(role);
        this.scopeKind = scope.kind();
        this.municipalityCode = scope.municipality().map(MunicipalityCode::value).orElse(null);
        this.organisation = scope.organisation().orElse(null);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.grantedAt = Objects.requireNonNull(grantedAt);
    }

    /** A host prefecture's grant under a sharing agreement; its scope is one of the host's own municipalities. */
    AccountGrant(SharingAgreement agreement, String accountSubject, String accountUsername, GrantScope scope,
                 GrantRole role, Instant expiresAt, Actor grantedBy, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.agreement = Objects.requireNonNull(agreement);
        this.accountSubject = Objects.requireNonNull(accountSubject);
        this.accountUsername = Objects.requireNonNull(accountUsername);
        this.role = Objects.requireNonNull(role);
        if (scope.kind() != ScopeKind.AGREEMENT_HOST_MUNICIPALITY) {
            throw new IllegalArgumentException("a grant under an agreement acts for a host municipality");
        }
        this.scopeKind = scope.kind();
        this.municipalityCode = scope.municipality().orElseThrow().value();
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.grantedAt = Objects.requireNonNull(grantedAt);
    }

    /**
     * Active: not revoked, not expired, and its disaster instance still open to municipalities, or its agreement in
     * force (the home's instance is checked where the home's data is read).
     */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt)
                && (disaster != null ? disaster.status().isReadable() : agreement.isInForceAt(now));
    }

    public void revoke(Actor actor, Instant at, String reason) {
        if (revokedAt != null) {
            throw new GrantAlreadyRevokedException();
        }
        this.revokedBy = actor;
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    /**
     * Forgets who held the grant, when its disaster instance is purged: the holder's account id and login name are
     * replaced; role, scope and dates remain for the statistics.
     */
    public void anonymise() {
        accountSubject = PURGED;
        accountUsername = PURGED;
    }

    public boolean isAnonymised() {
        return PURGED.equals(accountSubject);
    }

    public UUID id() {
        return id;
    }

    /** The disaster instance of this tenant the grant is for; empty for a grant under an agreement. */
    public Optional<DisasterInstance> disaster() {
        return Optional.ofNullable(disaster);
    }

    /** The sharing agreement a host's grant is under; empty for a grant in this tenant's own instance. */
    public Optional<SharingAgreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    public String accountSubject() {
        return accountSubject;
    }

    public String accountUsername() {
        return accountUsername;
    }

    public GrantRole role() {
        return role;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public Optional<MunicipalityCode> municipality() {
        return Optional.ofNullable(municipalityCode).map(MunicipalityCode::new);
    }

    public Optional<SupportOrganisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Actor grantedBy() {
        return grantedBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }

    /** Refused when a grant that is already revoked is revoked again. */
    public static class GrantAlreadyRevokedException extends ProblemException {
        GrantAlreadyRevokedException() {
            super(ProblemKind.CONFLICT, "this grant is revoked already");
        }
    }
}
