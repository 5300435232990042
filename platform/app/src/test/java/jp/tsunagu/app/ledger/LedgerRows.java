package jp.tsunagu.app.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jp.tsunagu.app.it.Platform;

/** What the ledger of a disaster instance of 石川県 holds, read straight from the database the application writes. */
final class LedgerRows {

    private final Platform platform;

    LedgerRows(Platform platform) {
        this.platform = platform;
    }

    long records(String disasterId) {
        return count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?", disasterId);
    }

    long persons(String disasterId) {
        return count("SELECT count(*) FROM tenant_17.ledger_person WHERE disaster_id = ?", disasterId);
    }

    /** Records linked to a person, each once. */
    long linkedRecords(String disasterId) {
        return count("SELECT count(DISTINCT record_id) FROM tenant_17.ledger_record_link WHERE disaster_id = ?"
                + " AND state = 'ACTIVE'", disasterId);
    }

    long batches(String disasterId) {
        return count("SELECT count(*) FROM tenant_17.ledger_import_batch WHERE disaster_id = ?", disasterId);
    }

    /** Records of the instance whose name is exactly this (the import keeps 髙 and 﨑 as written). */
    long recordsNamed(String disasterId, String fullName) {
        return count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ? AND full_name = ?",
                disasterId, fullName);
    }

    long count(String sql, Object... parameters) {
        try (Connection db = platform.database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                query.setObject(i + 1, i == 0 && value instanceof String id ? UUID.fromString(id) : value);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
