package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The tenant a transaction is bound to, read from the schema its transaction-local search_path resolves to
 * (docs/architecture.md). Search needs the tenant's prefecture as the home of addresses written without one (輪島市…,
 * or 中央区 meaning the one in this prefecture); an unbound transaction fails here rather than guess.
 */
public final class BoundTenant {

    private static final Pattern TENANT_SCHEMA = Pattern.compile("^tenant_(\\d{2})$");

    private BoundTenant() {
    }

    public static PrefectureCode of(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT current_schema()");
             ResultSet result = query.executeQuery()) {
            String schema = result.next() ? result.getString(1) : null;
            Matcher tenant = TENANT_SCHEMA.matcher(schema == null ? "" : schema);
            if (!tenant.matches()) {
                throw new IllegalStateException("the ledger's search runs in a transaction bound to a tenant");
            }
            return PrefectureCode.of(tenant.group(1));
        }
    }
}
