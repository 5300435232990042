package jp.tsunagu.tenants.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A module's contribution to every tenant schema: a Liquibase changelog on the classpath and its place in
 * the run order (lower first; a module that references another's tables takes a higher order). A module
 * contributes by producing one as a CDI bean, in dependent scope since a record cannot be proxied:
 *
 * <pre>{@code
 * @Produces
 * TenantChangelog ledgerTables() {
 *     return new TenantChangelog("db/ledger/tenant-changelog.xml", 200);
 * }
 * }</pre>
 *
 * The changelog must not name a schema: it runs with {@code tenant_NN} as the default schema and search_path.
 */
public record TenantChangelog(String path, int order) implements Comparable<TenantChangelog> {

    private static final Comparator<TenantChangelog> RUN_ORDER =
            Comparator.comparingInt(TenantChangelog::order).thenComparing(TenantChangelog::path);

    public TenantChangelog {
        Objects.requireNonNull(path, "changelog path");
        if (path.isBlank() || path.startsWith("/")) {
            throw new IllegalArgumentException("a tenant changelog is a classpath path such as db/ledger/tenant-changelog.xml");
        }
    }

    @Override
    public int compareTo(TenantChangelog other) {
        return RUN_ORDER.compare(this, other);
    }
}
