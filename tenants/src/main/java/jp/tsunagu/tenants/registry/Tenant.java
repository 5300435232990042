package jp.tsunagu.tenants.registry;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A prefecture's tenant and how far its onboarding has got. Each onboarding step records when it was done,
 * so an onboarding that stopped half-way resumes at {@link #nextStep()}. Not cached: these rows change and
 * several servers share them; {@code version} guards concurrent changes.
 */
@Entity
@Table(schema = "registry", name = "tenant")
@Cacheable(false)
@NamedQuery(name = Tenant.ALL, query = "SELECT t FROM Tenant t ORDER BY t.prefectureCode")
@NamedQuery(name = Tenant.WITH_STATUS, query = "SELECT t FROM Tenant t WHERE t.status = :status ORDER BY t.prefectureCode")
public class Tenant {

    static final String ALL = "Tenant.all";
    static final String WITH_STATUS = "Tenant.withStatus";

    @Id
    @Column(name = "prefecture_code")
    private String prefectureCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private TenantStatus status;

    @Column(name = "schema_done_at")
    @Convert(converter = InstantConverter.class)
    private Instant schemaDoneAt;

    @Column(name = "realm_done_at")
    @Convert(converter = InstantConverter.class)
    private Instant realmDoneAt;

    @Column(name = "clients_done_at")
    @Convert(converter = InstantConverter.class)
    private Instant clientsDoneAt;

    @Column(name = "first_admin_done_at")
    @Convert(converter = InstantConverter.class)
    private Instant firstAdminDoneAt;

    @Column(name = "onboarded_at")
    @Convert(converter = InstantConverter.class)
    private Instant onboardedAt;

    @Column(name = "last_activity_at")
    @Convert(converter = InstantConverter.class)
    private Instant lastActivityAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Tenant() {
        // for JPA
    }

    /** A dormant tenant; the registry changelog creates all 47, so the application rarely needs this. */
    public Tenant(PrefectureCode code) {
        this.prefectureCode = code.value();
        this.status = TenantStatus.DORMANT;
    }

    public PrefectureCode code() {
        return new PrefectureCode(prefectureCode);
    }

    public TenantStatus status() {
        return status;
    }

    public boolean isOnboarded() {
        return status == TenantStatus.ONBOARDED;
    }

    /** Starts onboarding a dormant tenant; on a tenant already onboarding it does nothing, so a retry resumes. */
    public void beginOnboarding() {
        switch (status) {
            case DORMANT -> status = TenantStatus.ONBOARDING;
            case ONBOARDING -> { } // resuming
            case ONBOARDED -> throw new TenantStateException(code(), "is already onboarded");
        }
    }

    /** Records a step as done. Doing it again keeps the first time; a step whose predecessor is not done is refused. */
    public void completeStep(OnboardingStep step, Instant at) {
        Objects.requireNonNull(at, "at");
        if (status != TenantStatus.ONBOARDING) {
            throw new TenantStateException(code(), "is " + status + ", not onboarding: cannot complete " + step);
        }
        if (isDone(step)) {
            return;
        }
        if (nextStep().orElseThrow() != step) {
            throw new TenantStateException(code(), step + " needs " + nextStep().orElseThrow() + " first");
        }
        switch (step) {
            case SCHEMA -> schemaDoneAt = at;
            case REALM -> realmDoneAt = at;
            case CLIENTS -> clientsDoneAt = at;
            case FIRST_ADMIN -> firstAdminDoneAt = at;
        }
    }

    public boolean isDone(OnboardingStep step) {
        return doneAt(step).isPresent();
    }

    public Optional<Instant> doneAt(OnboardingStep step) {
        return Optional.ofNullable(switch (step) {
            case SCHEMA -> schemaDoneAt;
            case REALM -> realmDoneAt;
            case CLIENTS -> clientsDoneAt;
            case FIRST_ADMIN -> firstAdminDoneAt;
        });
    }

    /** The first step not yet done: where a (resumed) onboarding carries on. Empty when all are done. */
    public Optional<OnboardingStep> nextStep() {
        return Arrays.stream(OnboardingStep.values()).filter(step -> !isDone(step)).findFirst();
    }

    /** Ends onboarding; every step must be done. */
    public void markOnboarded(Instant at) {
        Objects.requireNonNull(at, "at");
        if (status != TenantStatus.ONBOARDING) {
            throw new TenantStateException(code(), "is " + status + ", not onboarding");
        }
        nextStep().ifPresent(step -> {
            throw new TenantStateException(code(), "cannot be onboarded before " + step + " is done");
        });
        status = TenantStatus.ONBOARDED;
        onboardedAt = at;
        lastActivityAt = at;
    }

    public Optional<Instant> onboardedAt() {
        return Optional.ofNullable(onboardedAt);
    }

    /** Notes activity in the tenant. Time only moves forward: a late, older touch does not overwrite a newer one. */
    public void touch(Instant at) {
        Objects.requireNonNull(at, "at");
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    public Optional<Instant> lastActivityAt() {
        return Optional.ofNullable(lastActivityAt);
    }

    @Override
    public String toString() {
        return "Tenant " + prefectureCode + " " + status;
    }
}
