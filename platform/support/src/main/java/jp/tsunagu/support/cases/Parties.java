package jp.tsunagu.support.cases;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.accounts.SupportOrganisation;
import jp.tsunagu.tenants.access.CurrentTenant;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.Municipality;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * The parties a case can be held by or recorded for: a municipality of the prefecture (as home or host), a support
 * organisation registered with it, or the prefecture. Names them for display and checks a transfer's target exists.
 */
@ApplicationScoped
public class Parties {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentTenant tenant;

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

    /** A transfer's target, checked: a registered organisation, or a municipality of this prefecture. */
    public ActingFor target(String kind, String organisationId, String municipalityCode) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidRequestException("toKind", "toKind is support-organisation, affected-municipality or"
                    + " host-municipality");
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
        if (!code.belongsTo(tenant.require())) {
            throw new InvalidRequestException("municipalityCode", "the municipality is not of this prefecture");
        }
        return new ActingFor(scopeKind.name(), code.value());
    }
}
