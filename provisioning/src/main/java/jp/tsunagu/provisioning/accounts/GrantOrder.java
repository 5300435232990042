package jp.tsunagu.provisioning.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/** A prefecture admin's order to grant an account: for whom, in which role and scope, until when. */
public record GrantOrder(StaffAccount account, GrantRole role, ScopeKind scopeKind,
                         Optional<MunicipalityCode> municipality, Optional<UUID> organisationId, Instant expiresAt) {
}
