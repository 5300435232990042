package jp.tsunagu.backup;

import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * How to restore: into which tenant (by default the archive's own), whether an existing schema with data may be
 * dropped first, and, to put an archive into another tenant's schema, the archive's tenant named explicitly.
 */
public record RestoreOptions(Optional<PrefectureCode> tenant, boolean replace, Optional<PrefectureCode> fromTenant) {

    public RestoreOptions {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(fromTenant, "fromTenant");
    }

    /** Into the archive's own tenant, refusing a schema that holds anything. */
    public static RestoreOptions asArchived() {
        return new RestoreOptions(Optional.empty(), false, Optional.empty());
    }

    public RestoreOptions replacing() {
        return new RestoreOptions(tenant, true, fromTenant);
    }

    public RestoreOptions into(PrefectureCode target) {
        return new RestoreOptions(Optional.of(target), replace, fromTenant);
    }

    public RestoreOptions acceptingArchiveOf(PrefectureCode source) {
        return new RestoreOptions(tenant, replace, Optional.of(source));
    }

    /** The tenant to restore into, once the archive's is known; refuses another tenant's archive unless it was named. */
    public PrefectureCode target(PrefectureCode archived) {
        PrefectureCode target = tenant.orElse(archived);
        if (fromTenant.isPresent() && !fromTenant.get().equals(archived)) {
            throw new RestoreRefusedException("the archive holds tenant " + archived + "'s schema, not tenant " + fromTenant.get() + "'s");
        }
        if (!target.equals(archived) && fromTenant.isEmpty()) {
            throw new RestoreRefusedException("the archive holds tenant " + archived + "'s schema, not tenant " + target
                    + "'s: to restore it into tenant " + target + " anyway, name its tenant with --from-tenant " + archived);
        }
        return target;
    }
}
