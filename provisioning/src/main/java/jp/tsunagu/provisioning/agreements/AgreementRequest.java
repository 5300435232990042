package jp.tsunagu.provisioning.agreements;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The JSON body of a proposal. Strings, so that a malformed field is reported by name; {@code validFrom} defaults to
 * now, {@code hostMunicipalities} to the whole host prefecture, {@code permissions} to read only.
 */
public record AgreementRequest(String hostPrefecture, String disasterId, List<String> hostMunicipalities,
                               List<String> items, List<String> permissions, String validFrom, String validUntil,
                               String purpose) {

    public AgreementTerms toTerms(Instant now) {
        return new AgreementTerms(uuid(disasterId, "disasterId"), prefecture(), municipalities(),
                items == null ? Set.of() : items.stream().map(SharedItem::parse).collect(Collectors.toSet()),
                permissions == null ? Set.of()
                        : permissions.stream().map(SharingPermission::parse).collect(Collectors.toSet()),
                validFrom == null || validFrom.isBlank() ? now : instant(validFrom, "validFrom"),
                instant(validUntil, "validUntil"), purpose);
    }

    private PrefectureCode prefecture() {
        try {
            return PrefectureCode.of(RequestFields.requireText(hostPrefecture, "hostPrefecture", 2));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("hostPrefecture", "hostPrefecture is a two-digit prefecture code");
        }
    }

    private TreeSet<MunicipalityCode> municipalities() {
        TreeSet<MunicipalityCode> codes = new TreeSet<>();
        Optional.ofNullable(hostMunicipalities).orElse(List.of())
                .forEach(code -> codes.add(RequestFields.requireMunicipality(code, "hostMunicipalities")));
        return codes;
    }

    static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(RequestFields.requireText(value, field, 36));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " is not an id");
        }
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(RequestFields.requireText(value, field, 40));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be an ISO instant such as 2025-03-31T15:00:00Z");
        }
    }
}
