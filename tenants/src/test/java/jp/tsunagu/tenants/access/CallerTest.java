package jp.tsunagu.tenants.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.reference.PrefectureCode;

class CallerTest {

    static final Optional<PrefectureCode> ISHIKAWA = Optional.of(PrefectureCode.of(17));

    @Test
    void onlyOperatorsHaveNoTenant() {
        assertThrows(IllegalArgumentException.class,
                () -> new Caller(CallerKind.PERSON, Optional.empty(), "s", "u", Set.of(), "tsunagu-web"));
        assertThrows(IllegalArgumentException.class,
                () -> new Caller(CallerKind.SERVICE, Optional.empty(), "s", "u", Set.of(), "c"));
        assertThrows(IllegalArgumentException.class,
                () -> new Caller(CallerKind.OPERATOR, ISHIKAWA, "s", "u", Set.of(), "tsunagu-web"));
    }

    @Test
    void theAdminAndOperatorRolesCountOnlyForTheirKindOfCaller() {
        Set<String> both = Set.of("prefecture-admin", "national-operator");
        Caller person = new Caller(CallerKind.PERSON, ISHIKAWA, "s", "u", both, "tsunagu-web");
        Caller service = new Caller(CallerKind.SERVICE, ISHIKAWA, "c", "c", both, "c");
        Caller operator = new Caller(CallerKind.OPERATOR, Optional.empty(), "s", "u", both, "tsunagu-web");

        assertTrue(person.isPrefectureAdmin());
        assertFalse(person.isNationalOperator());
        assertFalse(service.isPrefectureAdmin());
        assertFalse(service.isNationalOperator());
        assertFalse(operator.isPrefectureAdmin());
        assertTrue(operator.isNationalOperator());
    }

    @Test
    void showsNoPersonalDataWhenPrinted() {
        Caller person = new Caller(CallerKind.PERSON, ISHIKAWA, "0b4c2a58", "yamada.hanako", Set.of(), "tsunagu-web");
        assertEquals("Caller[PERSON, tenant 17]", person.toString());
    }

    @Test
    void requiresSubjectUsernameAndClient() {
        assertThrows(IllegalArgumentException.class,
                () -> new Caller(CallerKind.PERSON, ISHIKAWA, " ", "u", Set.of(), "tsunagu-web"));
        assertThrows(IllegalArgumentException.class,
                () -> new Caller(CallerKind.PERSON, ISHIKAWA, "s", "", Set.of(), "tsunagu-web"));
        assertThrows(IllegalArgumentException.class, () -> new Caller(CallerKind.PERSON, ISHIKAWA, "s", "u", Set.of(), null));
    }
}
