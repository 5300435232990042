package jp.tsunagu.provisioning.accounts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/** The JSON body of a grant; strings so a malformed field is reported by name. */
public record GrantRequest(String username, String email, String familyName, String givenName, String role,
                           String scope, String municipalityCode, String organisationId, String expiresAt) {

    public GrantOrder toOrder() {
        StaffAccount account = new StaffAccount(username, email, familyName, givenName);
        GrantRole grantRole = RequestFields.requireEnum(role, GrantRole.class, "role");
        ScopeKind scopeKind = RequestFields.requireEnum(scope, ScopeKind.class, "scope");
        Optional<jp.tsunagu.tenants.reference.MunicipalityCode> municipality = municipalityCode == null
                ? Optional.empty()
                : Optional.of(RequestFields.requireMunicipality(municipalityCode, "municipalityCode"));
        return new GrantOrder(account, grantRole, scopeKind, municipality, organisation(), expiry());
    }

    private Optional<UUID> organisation() {
        if (organisationId == null || organisationId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(organisationId.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("organisationId", "organisationId is not an id");
        }
    }

    private Instant expiry() {
        String text = RequestFields.requireText(expiresAt, "expiresAt", 40);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("expiresAt", "expiresAt must be an ISO instant such as 2025-03-31T15:00:00Z");
        }
    }
}
