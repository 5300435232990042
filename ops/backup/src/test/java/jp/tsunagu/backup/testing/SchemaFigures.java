package jp.tsunagu.backup.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jp.tsunagu.backup.database.CanonicalCopy;
import jp.tsunagu.backup.database.CopySettings;
import jp.tsunagu.backup.database.CopyStreams;
import jp.tsunagu.backup.database.SchemaCatalogue;
import jp.tsunagu.backup.database.TableDigest;
import jp.tsunagu.backup.database.TableShape;

/** Every table's row count and checksum as the live schema has them now, read straight from the database. */
public final class SchemaFigures {

    private SchemaFigures() {
    }

    public static Map<String, TableDigest> of(DataSource dataSource, String schema) {
        Map<String, TableDigest> figures = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            CopySettings.apply(connection);
            for (TableShape table : new SchemaCatalogue(connection, schema).tables()) {
                figures.put(table.name(), CopyStreams.digest(connection, CanonicalCopy.of(schema, table)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return figures;
    }
}
