package jp.tsunagu.ledger.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

class PersonSearchParametersTest {

    static final UUID DISASTER = UUID.randomUUID();

    static PersonSearchParameters of(String name, String birthDate, List<String> grades, String care, String sort,
                                     String page, String size) {
        return new PersonSearchParameters(name, birthDate, null, null, grades, care, sort, page, size);
    }

    @Test
    void readsEveryCriterionTheWayStaffWriteThem() {
        PersonSearchCriteria criteria = new PersonSearchParameters("やまさき", "昭和16年3月3日", "珠洲市", "172057",
                List.of("全壊", "LARGE_SCALE_HALF_COLLAPSE"), "true", null, null, null).criteria(DISASTER);
        assertEquals(Optional.of("やまさき"), criteria.name());
        assertEquals(Optional.of(LocalDate.of(1941, 3, 3)), criteria.birthDate());
        assertEquals(Optional.of(MunicipalityCode.of("172057")), criteria.municipality());
        assertEquals(Set.of(DamageGrade.TOTAL_COLLAPSE, DamageGrade.LARGE_SCALE_HALF_COLLAPSE), criteria.damageGrades());
        assertEquals(Optional.of(true), criteria.careNeeded());
    }

    @Test
    void defaultsAreTheFirstPageOfFiftyInReadingOrder() {
        PersonSearchParameters none = of(null, "", null, " ", null, null, null);
        assertEquals(PersonOrder.DEFAULT, none.order());
        assertEquals(new PageRequest(0, 50), none.pageRequest());
        assertEquals(Optional.empty(), none.criteria(DISASTER).careNeeded());
    }

    @Test
    void aLeadingMinusSortsDescending() {
        assertEquals(PersonOrder.descending(PersonOrder.Key.BIRTH_DATE), of(null, null, null, null, "-birthDate", "0", "10").order());
        assertEquals(PersonOrder.ascending(PersonOrder.Key.LAST_UPDATE), of(null, null, null, null, "updatedAt", "0", "10").order());
    }

    @Test
    void mistakesNameTheParameter() {
        assertEquals("damageGrade", field(() -> of(null, null, List.of("倒壊"), null, null, null, null).criteria(DISASTER)));
        assertEquals("careNeeded", field(() -> of(null, null, null, "maybe", null, null, null).criteria(DISASTER)));
        assertEquals("sort", field(() -> of(null, null, null, null, "name", null, null).order()));
        assertEquals("size", field(() -> of(null, null, null, null, null, "0", "500").pageRequest()));
        assertEquals("page", field(() -> of(null, null, null, null, null, "二", null).pageRequest()));
        assertEquals("birthDate", field(() -> of(null, "70/3/1", null, null, null, null, null).criteria(DISASTER)));
        assertEquals("municipality", field(() -> new PersonSearchParameters(null, null, null, "172058", null, null, null,
                null, null).criteria(DISASTER)));
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).field().orElseThrow();
    }
}
