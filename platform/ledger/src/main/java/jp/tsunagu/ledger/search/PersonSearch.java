package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.ledger.whereabouts.WhereaboutsKind;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Finds the persons of one disaster's ledger by name (kanji or kana, variants and width folded), birth date, address,
 * municipality, damage grade and 要配慮者, a page at a time, from the summaries {@link PersonSummaries} keeps. Absorbed
 * persons are not listed; nothing of another disaster is ever found (every query starts with the disaster).
 * Runs in a transaction bound to the caller's tenant, like {@code LedgerPersons}, on that transaction's connection.
 */
@ApplicationScoped
public class PersonSearch {

    private static final String COLUMNS = "s.person_id, s.disaster_id, s.full_name, s.full_name_kana, s.birth_date, s.sex,"
            + " s.municipality_code, s.address, s.whereabouts, s.damage_grade, s.care_needed, s.certificate_status,"
            + " s.record_count, s.updated_at, s.whereabouts_kind, s.current_municipality_code, s.whereabouts_observed_at";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    private final NameKeys nameKeys = NameKeys.bundled();

    protected PersonSearch() {
    }

    /** For code outside CDI (tests, tools). */
    public PersonSearch(EntityManager em) {
        this.em = em;
    }

    /** The page of persons matching every criterion given, in the order asked, and how many match in all. */
    public PersonPage search(PersonSearchCriteria criteria, PersonOrder order, PageRequest page) {
        Connection db = em.unwrap(Connection.class);
        try {
            SearchFilter filter = SearchFilter.of(criteria, nameKeys,
                    AddressNormalizer.bundled(Optional.of(BoundTenant.of(db))), KanjiVariants.bundled());
            long total;
            try (PreparedStatement count = db.prepareStatement(
                    "SELECT count(*) FROM ledger_person_summary s WHERE " + filter.sql())) {
                filter.bind(db, count);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    total = result.getLong(1);
                }
            }
            // A name narrows to persons who sit together in reading order (佐藤 → サトウ…), where PostgreSQL would rather
            // walk the reading index from ア until it has a page of them; fenced, it matches by the name keys first and
            // sorts the few it found.
            String source = criteria.name().isPresent()
                    ? "(SELECT " + COLUMNS + ", s.sort_kana FROM ledger_person_summary s WHERE " + filter.sql() + " OFFSET 0) s"
                    : "ledger_person_summary s WHERE " + filter.sql();
            List<PersonSummary> persons = new ArrayList<>(page.size());
            try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS + " FROM " + source
                    + " ORDER BY " + orderBy(order) + " LIMIT ? OFFSET ?")) {
                int next = filter.bind(db, select);
                select.setInt(next, page.size());
                select.setLong(next + 1, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        persons.add(summary(rows));
                    }
                }
            }
            return new PersonPage(persons, total, page);
        } catch (SQLException e) {
            throw new IllegalStateException("searching persons failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** One person's summary, if the person is listed in this disaster (not absorbed, with records). */
    public Optional<PersonSummary> summary(UUID disasterId, UUID personId) {
        Connection db = em.unwrap(Connection.class);
        try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS + " FROM ledger_person_summary s"
                + " WHERE s.disaster_id = ? AND s.person_id = ?")) {
            select.setObject(1, disasterId);
            select.setObject(2, personId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(summary(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a person summary failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    // Column names come from this fixed mapping only, never from the request.
    private static String orderBy(PersonOrder order) {
        String column = switch (order.key()) {
            case KANA -> "s.sort_kana";
            case BIRTH_DATE -> "s.birth_date";
            case MUNICIPALITY -> "s.municipality_code";
            case LAST_UPDATE -> "s.updated_at";
        };
        String byKey = column + (order.descending() ? " DESC" : " ASC") + " NULLS LAST";
        return order.key() == PersonOrder.Key.KANA ? byKey + ", s.person_id" : byKey + ", s.sort_kana ASC NULLS LAST, s.person_id";
    }

    private static PersonSummary summary(ResultSet rows) throws SQLException {
        Date birth = rows.getDate(5);
        return new PersonSummary(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                Optional.ofNullable(rows.getString(3)), Optional.ofNullable(rows.getString(4)),
                Optional.ofNullable(birth).map(Date::toLocalDate), Optional.ofNullable(rows.getString(6)).map(Sex::valueOf),
                Optional.ofNullable(rows.getString(7)).map(MunicipalityCode::of), Optional.ofNullable(rows.getString(8)),
                Optional.ofNullable(rows.getString(9)), Optional.ofNullable(rows.getString(10)).map(DamageGrade::valueOf),
                rows.getBoolean(11), Optional.ofNullable(rows.getString(12)).map(CertificateStatus::valueOf),
                rows.getInt(13), rows.getObject(14, OffsetDateTime.class).toInstant(),
                new PersonSummary.Current(Optional.ofNullable(rows.getString(15)).map(WhereaboutsKind::valueOf),
                        Optional.ofNullable(rows.getString(16)).map(MunicipalityCode::of),
                        Optional.ofNullable(rows.getObject(17, OffsetDateTime.class)).map(OffsetDateTime::toInstant)));
    }
}
