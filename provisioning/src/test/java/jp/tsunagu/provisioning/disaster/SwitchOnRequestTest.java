package jp.tsunagu.provisioning.disaster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.problem.InvalidRequestException;

class SwitchOnRequestTest {

    static SwitchOnRequest valid() {
        return new SwitchOnRequest("令和6年能登半島地震", "EARTHQUAKE", "2024-01-01", "2024-01-01", List.of("172049"));
    }

    @Test
    void turnsAValidBodyIntoADeclaration() {
        DisasterDeclaration declaration = valid().toDeclaration();
        assertEquals(DisasterType.EARTHQUAKE, declaration.type());
        assertEquals(LocalDate.of(2024, 1, 1), declaration.occurredOn());
        assertEquals("172049", declaration.affectedMunicipalities().get(0).value());
    }

    @Test
    void namesTheFieldOfEachBadValue() {
        assertField("name", new SwitchOnRequest(" ", "EARTHQUAKE", "2024-01-01", "2024-01-01", List.of("172049")));
        assertField("type", new SwitchOnRequest("n", "METEOR", "2024-01-01", "2024-01-01", List.of("172049")));
        assertField("occurredOn", new SwitchOnRequest("n", "EARTHQUAKE", "1/1/2024", "2024-01-01", List.of("172049")));
        assertField("reliefActAppliedOn", new SwitchOnRequest("n", "EARTHQUAKE", "2024-01-01", null, List.of("172049")));
        assertField("reliefActAppliedOn", new SwitchOnRequest("n", "EARTHQUAKE", "2024-01-02", "2024-01-01", List.of("172049")));
        assertField("affectedMunicipalities", new SwitchOnRequest("n", "EARTHQUAKE", "2024-01-01", "2024-01-01", List.of()));
        assertField("affectedMunicipalities", new SwitchOnRequest("n", "EARTHQUAKE", "2024-01-01", "2024-01-01", List.of("172048")));
    }

    @Test
    void refusesDatesInTheFuture() {
        DisasterDeclaration declaration = valid().toDeclaration();
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> declaration.requireNotAfter(LocalDate.of(2023, 12, 31)));
        assertEquals("occurredOn", e.field().orElseThrow());
    }

    static void assertField(String field, SwitchOnRequest request) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, request::toDeclaration);
        assertEquals(field, e.field().orElseThrow());
    }
}
