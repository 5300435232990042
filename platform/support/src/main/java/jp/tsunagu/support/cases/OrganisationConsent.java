package jp.tsunagu.support.cases;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.audit.basis.NoLegalBasisException;
import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.person.LedgerPersons;

/**
 * A support organisation works on a person's case only with the person's consent (災害対策基本法 90条の4第1項第1号):
 * the ledger's consented parties name support organisations as a whole ({@code support-organisations}, as resident
 * portals send it, or 支援団体 as staff and visit sheets write it) or the organisation by its registered name.
 * Municipalities' and the prefecture's own use is internal (第2号) and needs none; an organisation is neither, so
 * without consent it is refused, and a case is not handed to it.
 */
@ApplicationScoped
public class OrganisationConsent {

    private static final Set<String> ALL_ORGANISATIONS = Set.of("support-organisations", "支援団体");

    @Inject
    LedgerPersons persons;

    @Inject
    Parties parties;

    /** Refuses (403 {@code missing-basis-consent}) unless the person's consent covers the organisation. */
    void require(UUID disasterId, UUID personId, ActingFor organisation, String field) {
        if (!covers(persons.view(disasterId, personId).consentedParties(), parties.name(organisation))) {
            throw new NoLegalBasisException(LegalBasis.CONSENT_OR_SELF, field,
                    "the person has not consented to provision to this support organisation");
        }
    }

    static boolean covers(List<String> consentedParties, Optional<String> organisationName) {
        Optional<String> name = organisationName.map(OrganisationConsent::plain).filter(n -> !n.isEmpty());
        return consentedParties.stream().map(OrganisationConsent::plain)
                .anyMatch(party -> ALL_ORGANISATIONS.contains(party) || name.map(party::equals).orElse(false));
    }

    // Full-width letters and spaces as staff type them name the same party.
    private static String plain(String party) {
        return Normalizer.normalize(party, Normalizer.Form.NFKC).strip();
    }
}
