package jp.tsunagu.ledger.outreach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.selfreport.ConsentParty;
import jp.tsunagu.ledger.selfreport.ConsentStatement;
import jp.tsunagu.ledger.selfreport.Need;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

class SegmentCriteriaTest {

    private static final MunicipalityCode KANAZAWA = MunicipalityCode.of("172014");
    private static final MunicipalityCode TOYAMA_CITY = MunicipalityCode.of("162019");
    private static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");

    private static PersonSituation person(MunicipalityCode at, Set<Need> needs, Optional<ConsentStatement> consent) {
        return new PersonSituation(UUID.randomUUID(), Optional.of(at), needs, consent, List.of());
    }

    private static Optional<ConsentStatement> consent(boolean given, ConsentParty... parties) {
        return Optional.of(new ConsentStatement(given, Set.of(parties), "2026-01", NOW));
    }

    private final SegmentCriteria housingInKanazawa = new SegmentCriteria(ConsentParty.PREFECTURE, Set.of(KANAZAWA),
            Set.of(), Set.of(Need.HOUSING));

    @Test
    void someoneThereWithTheNeedWhoConsentedToThePartyIsIncluded() {
        assertTrue(housingInKanazawa.includes(person(KANAZAWA, Set.of(Need.HOUSING, Need.HEALTH),
                consent(true, ConsentParty.PREFECTURE))));
    }

    @Test
    void withoutConsentWithdrawnOrConsentToOtherPartiesNobodyIsIncluded() {
        assertFalse(housingInKanazawa.includes(person(KANAZAWA, Set.of(Need.HOUSING), Optional.empty())));
        assertFalse(housingInKanazawa.includes(person(KANAZAWA, Set.of(Need.HOUSING), consent(false))));
        assertFalse(housingInKanazawa.includes(person(KANAZAWA, Set.of(Need.HOUSING),
                consent(true, ConsentParty.HOME_MUNICIPALITY, ConsentParty.SUPPORT_ORGANISATIONS))));
    }

    @Test
    void elsewhereOrWithoutTheNeedIsNotIncluded() {
        assertFalse(housingInKanazawa.includes(person(TOYAMA_CITY, Set.of(Need.HOUSING), consent(true, ConsentParty.PREFECTURE))));
        assertFalse(housingInKanazawa.includes(person(KANAZAWA, Set.of(Need.HEALTH), consent(true, ConsentParty.PREFECTURE))));
    }

    @Test
    void aPrefectureCoversItsMunicipalitiesAndNoPlaceOrNeedMeansAny() {
        SegmentCriteria inToyama = new SegmentCriteria(ConsentParty.PREFECTURE, Set.of(), Set.of(PrefectureCode.of(16)), Set.of());
        assertTrue(inToyama.includes(person(TOYAMA_CITY, Set.of(), consent(true, ConsentParty.PREFECTURE))));
        assertFalse(inToyama.includes(person(KANAZAWA, Set.of(), consent(true, ConsentParty.PREFECTURE))));
        SegmentCriteria everyone = new SegmentCriteria(ConsentParty.PREFECTURE, Set.of(), Set.of(), Set.of());
        assertTrue(everyone.includes(new PersonSituation(UUID.randomUUID(), Optional.empty(), Set.of(),
                consent(true, ConsentParty.PREFECTURE), List.of())));
    }
}
