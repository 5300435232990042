package jp.tsunagu.ledger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.sharing.kpi.SharingTimeTable;
import jp.tsunagu.ledger.whereabouts.WhereaboutsText;
import jp.tsunagu.linkage.normalize.AddressNormalizer;
import jp.tsunagu.linkage.normalize.KanjiVariants;
import jp.tsunagu.linkage.normalize.NameNormalizer;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Keeps {@code ledger_person_summary}, the search projection, equal to what the persons' records say: recomputes the
 * summaries of a set of persons from their current records, in the caller's transaction. Called by every change of
 * links: {@code LedgerPersons}' correction, merge, undo and move (for both persons involved) in their own transaction,
 * so the change and its summary commit together; {@code LinkingRun} after each page, in a transaction of its own.
 *
 * <p>One query reads the records of all persons, the summaries are derived in Java with the ledger's own derivation,
 * and one statement writes them back, so a page of ten thousand records costs three round trips. The persons are
 * locked first (in id order, so two refreshes cannot deadlock each other): a transaction that changes the same
 * person's links concurrently waits, then reads them as committed, and the last summary written is the right one.
 *
 * <p>Works on the transaction's own JDBC connection, which must be bound to a tenant (see {@code BoundTenant}).
 */
public final class PersonSummaries {

    private final NameNormalizer names;

    public PersonSummaries() {
        this(NameNormalizer.bundled());
    }

    public PersonSummaries(NameNormalizer names) {
        this.names = names;
    }

    /** Recomputes the summaries of these persons: written for listed persons, removed for absorbed or empty ones. */
    public void refresh(Connection db, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        try {
            List<UUID> locked = lock(db, personIds);
            Map<UUID, ActiveRecords.OfPerson> records = ActiveRecords.of(db, locked);
            PrefectureCode home = BoundTenant.of(db);
            AddressNormalizer addresses = AddressNormalizer.bundled(Optional.of(home));
            KanjiVariants variants = KanjiVariants.bundled();
            SummaryDerivation derivation = new SummaryDerivation(names, addresses, variants, WhereaboutsText.bundled(home),
                    new RecordSearchKeys(home, names, addresses, variants));
            List<SummaryRow> rows = new ArrayList<>(records.size());
            List<UUID> unlisted = new ArrayList<>();
            for (UUID person : locked) {
                ActiveRecords.OfPerson of = records.get(person);
                if (of == null) {
                    unlisted.add(person);
                } else {
                    rows.add(derivation.derive(person, of.disasterId(), of.records(), of.whereabouts(), of.lastLinked(),
                            of.searchKeys()));
                }
            }
            SummaryTable.upsert(db, rows);
            SummaryTable.delete(db, unlisted);
            // What this change makes readable to a host, or to the home, is measured now (docs/sharing.md).
            SharingTimeTable.recordVisible(db, locked, home);
        } catch (SQLException e) {
            throw new IllegalStateException("refreshing person summaries failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Recomputes the summaries of the persons these records are linked to now (after a page of linking). */
    public void refreshLinkedTo(Connection db, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        try {
            refresh(db, uuids(db, "SELECT DISTINCT person_id FROM ledger_record_link WHERE record_id = ANY(?) AND state = 'ACTIVE'",
                    recordIds));
        } catch (SQLException e) {
            throw new IllegalStateException("finding the persons of linked records failed (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Locks the persons that exist, in id order; returns them in that order. */
    private static List<UUID> lock(Connection db, Collection<UUID> personIds) throws SQLException {
        return uuids(db, "SELECT id FROM ledger_person WHERE id = ANY(?) ORDER BY id FOR NO KEY UPDATE", personIds);
    }

    /** The ids a query returns for a uuid[] parameter. */
    private static List<UUID> uuids(Connection db, String sql, Collection<UUID> ids) throws SQLException {
        List<UUID> result = new ArrayList<>(ids.size());
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return result;
    }
}
