package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Writes summary rows in bulk: one statement for any number of rows, each column bound as one array and unnested, so
 * a page of ten thousand persons is one round trip with bind parameters only. An existing row is replaced (a person
 * refreshed concurrently by another transaction waits for the person's lock, see {@link PersonSummaries}).
 */
final class SummaryTable {

    private record Column(String name, String type, Function<SummaryRow, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("person_id", "uuid", r -> r.summary().personId()),
            new Column("disaster_id", "uuid", r -> r.summary().disasterId()),
            new Column("full_name", "text", r -> r.summary().fullName()),
            new Column("full_name_kana", "text", r -> r.summary().fullNameKana()),
            new Column("sort_kana", "text", SummaryRow::sortKana),
            new Column("birth_date", "date", r -> r.summary().birthDate().map(LocalDate::toString)),
            new Column("sex", "text", r -> r.summary().sex().map(Enum::name)),
            new Column("municipality_code", "text", r -> r.summary().municipality().map(MunicipalityCode::value)),
            new Column("city_code", "text", r -> r.address().city().map(MunicipalityCode::value)),
            new Column("address", "text", r -> r.summary().address()),
            new Column("address_detail", "text", r -> r.address().detail()),
            new Column("address_text", "text", r -> r.address().text()),
            new Column("whereabouts", "text", r -> r.summary().whereabouts()),
            new Column("damage_grade", "text", r -> r.summary().damageGrade().map(Enum::name)),
            new Column("care_needed", "boolean", r -> r.summary().careNeeded()),
            new Column("certificate_status", "text", r -> r.summary().certificateStatus().map(Enum::name)),
            new Column("record_count", "int", r -> r.summary().recordCount()),
            new Column("updated_at", "timestamptz", r -> r.summary().updatedAt()),
            new Column("whereabouts_kind", "text", r -> r.summary().current().kind().map(Enum::name)),
            new Column("current_municipality_code", "text", r -> r.summary().current().municipality().map(MunicipalityCode::value)),
            new Column("current_city_code", "text", r -> r.currentCity().map(MunicipalityCode::value)),
            new Column("whereabouts_observed_at", "timestamptz", r -> r.summary().current().observedAt()),
            new Column("whereabouts_record_id", "uuid", SummaryRow::whereaboutsRecord),
            // An array of arrays cannot be bound when the inner ones differ in length: each row's keys go as an array literal.
            new Column("name_keys", "text[]", r -> arrayLiteral(r.nameKeys())));

    private static final String UPSERT = "INSERT INTO ledger_person_summary (" + names() + ") SELECT "
            + COLUMNS.stream().map(SummaryTable::selected).collect(Collectors.joining(", "))
            + " FROM unnest(" + COLUMNS.stream().map(c -> "?::text[]").collect(Collectors.joining(", ")) + ") AS t("
            + names() + ") ON CONFLICT (person_id) DO UPDATE SET "
            + COLUMNS.stream().skip(1).map(c -> c.name() + " = EXCLUDED." + c.name()).collect(Collectors.joining(", "));

    private SummaryTable() {
    }

    static void upsert(Connection db, List<SummaryRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Function<SummaryRow, Object> value = COLUMNS.get(c).value();
                upsert.setArray(c + 1, db.createArrayOf("text", rows.stream().map(r -> text(value.apply(r))).toArray()));
            }
            upsert.executeUpdate();
        }
    }

    /** Removes the rows of persons that are not listed any more (absorbed by a merge, or left without records). */
    static void delete(Connection db, Collection<UUID> personIds) throws SQLException {
        if (personIds.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM ledger_person_summary WHERE person_id = ANY(?)")) {
            delete.setArray(1, db.createArrayOf("uuid", personIds.toArray()));
            delete.executeUpdate();
        }
    }

    private static String selected(Column column) {
        return "t." + column.name() + "::" + column.type();
    }

    /** PostgreSQL's text form of a text[]: every element quoted, its backslashes and quotes escaped. */
    static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder(values.size() * 12 + 2).append('{');
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private static String names() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        return plain == null ? null : plain.toString();
    }
}
