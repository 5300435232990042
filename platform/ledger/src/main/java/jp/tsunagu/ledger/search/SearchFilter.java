package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * The WHERE clause of a search over {@code ledger_person_summary s} and its parameters: fixed SQL text with bind
 * parameters only, whatever was typed. The disaster comes first and always.
 */
final class SearchFilter {

    /** A text[] parameter (kept apart from varargs, where a String[] would spread into its elements). */
    private record TextArray(String[] values) {
    }

    private final StringBuilder sql = new StringBuilder("s.disaster_id = ?");
    private final List<Object> parameters = new ArrayList<>();

    private SearchFilter() {
    }

    static SearchFilter of(PersonSearchCriteria criteria, NameKeys nameKeys, AddressNormalizer addresses,
                           KanjiVariants variants) {
        SearchFilter filter = new SearchFilter();
        filter.parameters.add(criteria.disasterId());
        criteria.name().ifPresent(name -> filter.name(NameQuery.parse(nameKeys, name)
                .orElseThrow(() -> new InvalidRequestException("name", "name has no letters to search for"))));
        criteria.birthDate().ifPresent(date -> filter.and("s.birth_date = ?", date));
        criteria.address().ifPresent(address -> filter.address(AddressKey.of(addresses, variants, address)));
        criteria.municipality().ifPresent(filter::municipality);
        if (!criteria.damageGrades().isEmpty()) {
            filter.and("s.damage_grade = ANY(?)", new TextArray(criteria.damageGrades().stream().map(DamageGrade::name)
                    .toArray(String[]::new)));
        }
        criteria.careNeeded().ifPresent(care -> filter.and("s.care_needed = ?", care));
        criteria.currentMunicipality().ifPresent(code -> filter.and("(s.current_municipality_code = CAST(? AS char(6))"
                + " OR s.current_city_code = CAST(? AS char(6)))", code.value(), code.value()));
        criteria.whereaboutsKind().ifPresent(kind -> filter.and("s.whereabouts_kind = ?", kind.name()));
        criteria.unlocatedSince().ifPresent(since -> filter.and("(s.whereabouts_observed_at IS NULL"
                + " OR s.whereabouts_observed_at < ? OR s.whereabouts_kind = 'UNKNOWN')", java.sql.Timestamp.from(since)));
        if (!criteria.scope().everyone()) {
            filter.and(criteria.scope().sql(), criteria.scope().parameters().stream().map(TextArray::new).toArray());
        }
        return filter;
    }

    String sql() {
        return sql.toString();
    }

    /** Binds the parameters from index 1; text arrays as PostgreSQL arrays. */
    int bind(Connection db, PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof TextArray array) {
                statement.setArray(index++, db.createArrayOf("text", array.values()));
            } else {
                statement.setObject(index++, parameter);
            }
        }
        return index;
    }

    // Every word must match (the first a whole name, the others given names), or all words written together a whole name.
    private void name(NameQuery query) {
        if (!query.hasSeveralWords()) {
            and("s.name_keys && ?::text[]", keys(query.joined()));
            return;
        }
        StringBuilder words = new StringBuilder("((");
        List<Object> values = new ArrayList<>();
        for (Set<String> word : query.words()) {
            words.append(values.isEmpty() ? "" : " AND ").append("s.name_keys && ?::text[]");
            values.add(keys(word));
        }
        values.add(keys(query.joined()));
        and(words.append(") OR s.name_keys && ?::text[])").toString(), values.toArray());
    }

    // A municipality the text names narrows by code and the rest must follow it; otherwise the text may be anywhere.
    private void address(AddressKey key) {
        if (key.isEmpty()) {
            throw new InvalidRequestException("address", "address has no letters to search for");
        }
        if (key.municipality().isPresent()) {
            municipality(key.municipality().get());
            if (!key.detail().isEmpty()) {
                and("s.address_detail LIKE ? ESCAPE '\\'", escapeLike(key.detail()) + "%");
            }
        } else if (key.prefecture().isPresent()) {
            and("left(s.municipality_code, 2) = ?", key.prefecture().get().value());
            if (!key.detail().isEmpty()) {
                and("s.address_detail LIKE ? ESCAPE '\\'", "%" + escapeLike(key.detail()) + "%");
            }
        } else {
            and("(s.address_text LIKE ? ESCAPE '\\' OR s.address_detail LIKE ? ESCAPE '\\')",
                    "%" + escapeLike(key.text()) + "%", "%" + escapeLike(key.detail()) + "%");
        }
    }

    // A designated city's code finds its wards too.
    private void municipality(MunicipalityCode code) {
        and("(s.municipality_code = CAST(? AS char(6)) OR s.city_code = CAST(? AS char(6)))", code.value(), code.value());
    }

    private void and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        parameters.addAll(List.of(values));
    }

    private static TextArray keys(Set<String> keys) {
        return new TextArray(keys.toArray(String[]::new));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
