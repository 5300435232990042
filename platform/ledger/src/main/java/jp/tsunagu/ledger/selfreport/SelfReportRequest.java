package jp.tsunagu.ledger.selfreport;

import java.util.List;

/**
 * A self-report as a portal sends it (JSON). Everything is text as typed; {@link SelfReportValidation} reads it.
 * Public nested records so JSON-B binds them.
 */
public record SelfReportRequest(String submissionId, String residentReference, Resident resident,
                                Whereabouts whereabouts, List<String> needs, Contact contact, Consent consent) {

    /** The basic items (基本4情報) and whether the portal verified them with the resident's My Number card. */
    public record Resident(String fullName, String fullNameKana, String birthDate, String sex, String postalCode,
                           String address, Boolean verifiedWithMyNumberCard) {
    }

    /** Where the resident stays now: a kind, the municipality (6-digit code) and free text. */
    public record Whereabouts(String kind, String municipalityCode, String description) {
    }

    public record Contact(String phone, String email) {
    }

    /** Explicit opt-in: given (or withdrawn), to which parties, under which version of the consent text. */
    public record Consent(Boolean given, List<String> parties, String textVersion) {
    }
}
