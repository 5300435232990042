package jp.tsunagu.tenants.schema;

import java.util.Objects;
import java.util.regex.Pattern;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The PostgreSQL schema that holds one tenant's data, {@code tenant_NN}. Its name comes only from
 * {@link PrefectureCode#schemaName()} and is checked against a strict pattern each time it is read,
 * because it is concatenated into DDL and search paths.
 */
public record TenantSchema(PrefectureCode tenant) {

    private static final Pattern NAME = Pattern.compile("^tenant_[0-4][0-9]$");

    /** The shared schema: reference data and the tenant registry. */
    public static final String REGISTRY = "registry";

    /** The empty schema that is every connection's default search_path, so unbound queries fail. */
    public static final String NO_TENANT = "no_tenant";

    public TenantSchema {
        Objects.requireNonNull(tenant, "tenant");
    }

    public static TenantSchema of(PrefectureCode tenant) {
        return new TenantSchema(tenant);
    }

    /** The schema name, safe to put in SQL. */
    public String name() {
        String name = tenant.schemaName();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("refusing a tenant schema name that is not tenant_NN: " + name);
        }
        return name;
    }

    /** The search_path of a transaction bound to this tenant: its own tables first, then the shared ones. */
    public String searchPath() {
        return name() + "," + REGISTRY;
    }

    @Override
    public String toString() {
        return name();
    }
}
