package jp.tsunagu.support.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.accounts.SupportOrganisation;
import jp.tsunagu.provisioning.agreements.SharingAgreements;
import jp.tsunagu.tenants.access.TenantSchemaBinding;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.Municipality;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * The parties a case can be held by or recorded for: a municipality of the prefecture (as home or host), a support
 * organisation registered with it, a host municipality of another prefecture under an agreement, or the prefecture.
 * Names them for display and checks a transfer's target exists.
 */
@ApplicationScoped
public class Parties {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    ReferenceData referenceData;

    @Inject
    TenantSchemaBinding binding;

    @Inject
    SharingAgreements agreements;

    @Inject
    Clock clock;

    /** The party's name (市町村名, the organisation's name, the prefecture's), if known. */
    public Optional<String> name(ActingFor party) {
        try {
            return switch (party.scopeKind()) {
                case ActingFor.PREFECTURE -> Optional.of(referenceData.prefectureName(PrefectureCode.of(party.scopeCode())));
                case "SUPPORT_ORGANISATION" -> Optional.ofNullable(em.find(SupportOrganisation.class,
                        UUID.fromString(party.scopeCode()))).map(SupportOrganisation::name);
                default -> referenceData.municipality(MunicipalityCode.of(party.scopeCode())).map(Municipality::name);
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A transfer's target, checked: a registered organisation, a municipality of this prefecture, or a host municipality
     * of another prefecture ({@code agreement-host-municipality}) that an agreement of this prefecture for the instance
     * covers and that is in force now, so a case can follow an evacuee to the municipality that now supports them.
     */
    public ActingFor target(UUID disasterId, String kind, String organisationId, String municipalityCode) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidRequestException("toKind", "toKind is support-organisation, affected-municipality,"
                    + " host-municipality or agreement-host-municipality");
        }
        ScopeKind scopeKind = RequestFields.requireEnum(kind, ScopeKind.class, "toKind");
        if (scopeKind == ScopeKind.SUPPORT_ORGANISATION) {
            UUID id;
            try {
                id = UUID.fromString(organisationId == null ? "" : organisationId.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("organisationId", "organisationId is the id of a registered organisation");
            }
            if (em.find(SupportOrganisation.class, id) == null) {
                throw new InvalidRequestException("organisationId", "no support organisation with this id is registered");
            }
            return new ActingFor(scopeKind.name(), id.toString());
        }
        MunicipalityCode code = RequestFields.requireMunicipality(municipalityCode,
                "municipalityCode");
        // The tenant that keeps the case: the caller's own, or the home's when a host works through an agreement.
        PrefectureCode home = binding.boundTenant().orElseThrow(() -> new IllegalStateException("no tenant is bound"));
        if (scopeKind == ScopeKind.AGREEMENT_HOST_MUNICIPALITY) {
            Instant now = clock.instant();
            boolean covered = agreements.of(home).stream().anyMatch(a -> a.home().equals(home)
                    && a.disasterId().equals(disasterId) && a.isInForceAt(now) && a.covers(code));
            if (!covered) {
                throw new InvalidRequestException("municipalityCode",
                        "no agreement in force for this disaster covers the municipality");
            }
        } else if (!code.belongsTo(home)) {
            throw new InvalidRequestException("municipalityCode", "the municipality is not of this prefecture");
        }
        return new ActingFor(scopeKind.name(), code.value());
    }
}
