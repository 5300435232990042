package jp.tsunagu.ledger.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.record.LedgerField;

class SelfReportValidationTest {

    private static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    private static SelfReportRequest request(String id, String birthDate, Boolean given, List<String> parties) {
        return new SelfReportRequest(id, "acct-1",
                new SelfReportRequest.Resident("輪島 花子", "わじま はなこ", birthDate, "female", "927-0001",
                        "石川県輪島市河井町1-1", true),
                new SelfReportRequest.Whereabouts("hotel", "172014", "金沢の旅館"), List.of("housing", "care"),
                new SelfReportRequest.Contact("090-1234-5678", null),
                new SelfReportRequest.Consent(given, parties, "2026-01"));
    }

    @Test
    void aValidReportBecomesTheRecordsValuesAndTheSituation() {
        SelfReport report = SelfReportValidation.read("svc-portal", Optional.empty(),
                request("s-1", "1950-03-04", true, List.of("prefecture")), NOW, TODAY);
        assertEquals(Optional.of("輪島 花子"), report.values().fullName());
        assertEquals(Optional.of(LocalDate.of(1950, 3, 4)), report.values().birthDate());
        assertEquals(Optional.of(Boolean.TRUE), report.values().get(LedgerField.CARE_NEEDED));
        assertEquals(List.of("prefecture"), report.values().consentedParties());
        assertTrue(report.cardVerified());
        assertEquals("172014", report.whereaboutsMunicipality().orElseThrow().value());
        assertTrue(report.consent().orElseThrow().covers(ConsentParty.PREFECTURE));
        assertFalse(report.toString().contains("輪島"), "no values in toString");
    }

    @Test
    void theSameSubmissionHasTheSameHashWhateverTheHeaderAndAChangedOneAnother() {
        SelfReport one = SelfReportValidation.read("p", Optional.empty(), request("s-1", "1950-03-04", true,
                List.of("prefecture")), NOW, TODAY);
        SelfReport viaHeader = SelfReportValidation.read("p", Optional.of("s-1"), request("s-1", "1950-03-04", true,
                List.of("prefecture")), NOW.plusSeconds(60), TODAY);
        SelfReport changed = SelfReportValidation.read("p", Optional.empty(), request("s-1", "1950-03-05", true,
                List.of("prefecture")), NOW, TODAY);
        assertEquals(one.contentHash(), viaHeader.contentHash());
        assertNotEquals(one.contentHash(), changed.contentHash());
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        InvalidSelfReportException refused = assertThrows(InvalidSelfReportException.class, () -> SelfReportValidation.read(
                "p", Optional.empty(), request("s-1", "2027-01-01", true, List.of("neighbours")), NOW, TODAY));
        assertEquals(List.of("resident.birthDate", "consent.parties[0]", "consent.parties"), refused.fields());
        assertFalse(refused.getMessage().contains("2027"), "no values in messages");
    }

    @Test
    void aWithdrawalNeedsNoPartiesAndStatesTheLedgerItemAsWithdrawn() {
        SelfReport report = SelfReportValidation.read("p", Optional.empty(), request("s-2", "1950-03-04", false, null),
                NOW, TODAY);
        assertFalse(report.consent().orElseThrow().given());
        assertEquals(List.of(ConsentStatement.WITHDRAWN), report.values().consentedParties());
    }
}
