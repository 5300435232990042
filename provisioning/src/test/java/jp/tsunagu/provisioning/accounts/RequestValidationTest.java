package jp.tsunagu.provisioning.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import jp.tsunagu.tenants.problem.InvalidRequestException;

class RequestValidationTest {

    @Test
    void acceptsARealCorporateNumberAndRefusesAWrongCheckDigit() {
        assertEquals("7000012050002", new CorporateNumber("7000012050002").value());
        assertField("corporateNumber", () -> new CorporateNumber("6000012050002"));
        assertField("corporateNumber", () -> new CorporateNumber("700001205000"));
    }

    @Test
    void namesTheFieldOfEachBadGrantValue() {
        assertField("username", () -> request("a b", "STAFF", "HOST_MUNICIPALITY", "172014", "2030-01-01T00:00:00Z").toOrder());
        assertField("role", () -> request("kanazawa.staff", "MAYOR", "HOST_MUNICIPALITY", "172014", "2030-01-01T00:00:00Z").toOrder());
        assertField("scope", () -> request("kanazawa.staff", "MUNICIPALITY_STAFF", "PLANET", "172014", "2030-01-01T00:00:00Z").toOrder());
        assertField("municipalityCode", () -> request("kanazawa.staff", "MUNICIPALITY_STAFF", "HOST_MUNICIPALITY", "99999", "2030-01-01T00:00:00Z").toOrder());
        assertField("expiresAt", () -> request("kanazawa.staff", "MUNICIPALITY_STAFF", "HOST_MUNICIPALITY", "172014", "tomorrow").toOrder());
    }

    @Test
    void acceptsAValidGrant() {
        GrantOrder order = request("Kanazawa.Staff", "municipality-staff", "host_municipality", "17201", "2030-01-01T00:00:00Z").toOrder();
        assertEquals("kanazawa.staff", order.account().username());
        assertEquals(GrantRole.MUNICIPALITY_STAFF, order.role());
        assertEquals("172014", order.municipality().orElseThrow().value());
    }

    static GrantRequest request(String username, String role, String scope, String municipality, String expiresAt) {
        return new GrantRequest(username, "staff@city.kanazawa.example", "金沢", "花子", role, scope, municipality, null,
                expiresAt);
    }

    static void assertField(String field, Executable executable) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, executable);
        assertEquals(field, e.field().orElseThrow());
    }
}
