package jp.tsunagu.provisioning.accounts;

import java.util.Optional;

import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * For whom a grant acts. An affected municipality must be one the disaster instance names; a host municipality
 * must be in the same prefecture (other prefectures host through sharing agreements); a support organisation
 * must be registered with the prefecture.
 */
public record GrantScope(ScopeKind kind, Optional<MunicipalityCode> municipality,
                         Optional<SupportOrganisation> organisation) {

    public static GrantScope affected(MunicipalityCode municipality) {
        return new GrantScope(ScopeKind.AFFECTED_MUNICIPALITY, Optional.of(municipality), Optional.empty());
    }

    public static GrantScope host(MunicipalityCode municipality) {
        return new GrantScope(ScopeKind.HOST_MUNICIPALITY, Optional.of(municipality), Optional.empty());
    }

    /** A host municipality of the caller's prefecture, working under a sharing agreement. */
    public static GrantScope agreementHost(MunicipalityCode municipality) {
        return new GrantScope(ScopeKind.AGREEMENT_HOST_MUNICIPALITY, Optional.of(municipality), Optional.empty());
    }

    public static GrantScope organisation(SupportOrganisation organisation) {
        return new GrantScope(ScopeKind.SUPPORT_ORGANISATION, Optional.empty(), Optional.of(organisation));
    }

    /** Checks the scope against the disaster instance and the role; names the field that is wrong. */
    public void requireFits(DisasterInstance disaster, PrefectureCode prefecture, GrantRole role) {
        if (role.isMunicipal() == (kind == ScopeKind.SUPPORT_ORGANISATION)) {
            throw new InvalidRequestException("role", role.isMunicipal()
                    ? "a municipal role needs a municipality scope"
                    : "the support-worker role needs a support organisation scope");
        }
        switch (kind) {
            case AFFECTED_MUNICIPALITY -> {
                if (!disaster.isAffected(municipality.orElseThrow())) {
                    throw new InvalidRequestException("municipalityCode",
                            "the municipality is not an affected municipality of this disaster instance");
                }
            }
            case HOST_MUNICIPALITY -> {
                if (!municipality.orElseThrow().belongsTo(prefecture)) {
                    throw new InvalidRequestException("municipalityCode",
                            "a host municipality of another prefecture needs a sharing agreement");
                }
            }
            case SUPPORT_ORGANISATION -> organisation.orElseThrow();
            case AGREEMENT_HOST_MUNICIPALITY -> throw new InvalidRequestException("scope",
                    "grants under a sharing agreement are given through the agreement");
        }
    }
}
