package jp.tsunagu.tenants.schema;

import javax.sql.DataSource;

/**
 * Checks at start-up that the application's connections default to search_path {@code no_tenant}
 * (JDBC URL {@code currentSchema=no_tenant}, or the role's setting). Without it an unbound query would
 * fall through to {@code public} or a schema named like the user instead of failing.
 */
public final class NoTenantDefault {

    private NoTenantDefault() {
    }

    /** Throws if a fresh connection from the pool does not default to {@code no_tenant}. */
    public static void verify(DataSource dataSource) {
        String searchPath = SessionSetting.of(dataSource, "search_path");
        if (!searchPath.equals(TenantSchema.NO_TENANT)) {
            throw new IllegalStateException("connections must default to search_path " + TenantSchema.NO_TENANT
                    + " (add currentSchema=" + TenantSchema.NO_TENANT + " to the JDBC URL), but it is: " + searchPath);
        }
    }
}
