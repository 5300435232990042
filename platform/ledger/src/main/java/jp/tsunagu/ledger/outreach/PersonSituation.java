package jp.tsunagu.ledger.outreach;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.ledger.selfreport.ConsentStatement;
import jp.tsunagu.ledger.selfreport.Need;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * What outreach knows of one person: where they stay now (municipality), what they need, their latest consent, and
 * how each portal knows them (the portal's own reference). {@code toString} shows no values.
 */
public record PersonSituation(UUID personId, Optional<MunicipalityCode> whereabouts, Set<Need> needs,
                              Optional<ConsentStatement> consent, List<PortalContact> contacts) {

    /** How a portal knows the resident: its reference of the account, and the submission it last sent. */
    public record PortalContact(String portal, Optional<String> residentReference, String submissionId) {
    }

    public PersonSituation {
        Objects.requireNonNull(personId, "personId");
        needs = Set.copyOf(needs);
        contacts = List.copyOf(contacts);
    }

    @Override
    public String toString() {
        return "PersonSituation[" + personId + "]";
    }
}
