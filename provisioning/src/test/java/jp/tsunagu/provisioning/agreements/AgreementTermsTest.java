package jp.tsunagu.provisioning.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

class AgreementTermsTest {

    static final Instant NOW = Instant.parse("2024-01-15T00:00:00Z");

    static AgreementRequest request(List<String> municipalities, List<String> items, List<String> permissions) {
        return new AgreementRequest("16", UUID.randomUUID().toString(), municipalities, items, permissions, null,
                "2024-03-31T15:00:00Z", "広域避難者の支援");
    }

    @ParameterizedTest
    @ValueSource(strings = {"myNumber", "MY_NUMBER", "my-number", "個人番号", "マイナンバー", "individualNumber"})
    void myNumberIsRefusedInEverySpelling(String item) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> request(List.of(), List.of("identity", item), List.of()).toTerms(NOW));
        assertEquals("items", refused.field().orElseThrow());
        assertTrue(refused.getMessage().contains("個人番号"));
    }

    @Test
    void readIsAlwaysGrantedAndValidFromDefaultsToNow() {
        AgreementTerms terms = request(List.of(), List.of("identity", "whereabouts"), List.of()).toTerms(NOW);
        assertEquals(Set.of(SharingPermission.READ), terms.permissions());
        assertEquals(NOW, terms.validFrom());
        assertEquals(Set.of(SharedItem.IDENTITY, SharedItem.WHEREABOUTS), terms.items());
    }

    @Test
    void anAdditionNeedsItsItemToBeShared() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> request(List.of(), List.of("identity"), List.of("addSupportRecords")).toTerms(NOW));
        assertEquals("permissions", refused.field().orElseThrow());
        AgreementTerms terms = request(List.of(), List.of("identity", "supportRecords"), List.of("addSupportRecords"))
                .toTerms(NOW);
        assertEquals(Set.of(SharingPermission.READ, SharingPermission.ADD_SUPPORT_RECORDS), terms.permissions());
    }

    @Test
    void hostMunicipalitiesMustBelongToTheHostPrefecture() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> request(List.of("172049"), List.of("identity"), List.of()).toTerms(NOW));
        assertEquals("hostMunicipalities", refused.field().orElseThrow());
        assertEquals(new TreeSet<>(Set.of(MunicipalityCode.of("162019"))),
                request(List.of("162019"), List.of("identity"), List.of()).toTerms(NOW).hostMunicipalities());
    }

    @Test
    void noItemsNoPurposeOrAnEmptyPeriodAreRefusedByField() {
        assertEquals("items", assertThrows(InvalidRequestException.class,
                () -> request(List.of(), List.of(), List.of()).toTerms(NOW)).field().orElseThrow());
        assertEquals("purpose", assertThrows(InvalidRequestException.class,
                () -> new AgreementTerms(UUID.randomUUID(), PrefectureCode.of(16), new TreeSet<>(),
                        Set.of(SharedItem.IDENTITY), Set.of(), NOW, NOW.plusSeconds(1), " ")).field().orElseThrow());
        assertEquals("validUntil", assertThrows(InvalidRequestException.class,
                () -> new AgreementTerms(UUID.randomUUID(), PrefectureCode.of(16), new TreeSet<>(),
                        Set.of(SharedItem.IDENTITY), Set.of(), NOW, NOW, "支援")).field().orElseThrow());
        assertEquals("items", assertThrows(InvalidRequestException.class,
                () -> request(List.of(), List.of("everything"), List.of()).toTerms(NOW)).field().orElseThrow());
    }
}
