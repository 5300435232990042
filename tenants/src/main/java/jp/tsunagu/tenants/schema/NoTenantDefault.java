package jp.tsunagu.tenants.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT current_setting('search_path')");
             ResultSet result = statement.executeQuery()) {
            result.next();
            String searchPath = result.getString(1).strip();
            if (!searchPath.equals(TenantSchema.NO_TENANT)) {
                throw new IllegalStateException("connections must default to search_path " + TenantSchema.NO_TENANT
                        + " (add currentSchema=" + TenantSchema.NO_TENANT + " to the JDBC URL), but it is: " + searchPath);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the default search_path", e);
        }
    }
}
