package jp.tsunagu.audit.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.trail.AuditEntry;
import jp.tsunagu.audit.trail.ChainStore;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** Reads the tenant's log for its prefecture admin: a page of matching entries, or all of them for a file. */
@ApplicationScoped
public class AuditLogReader {

    static final int CSV_PAGE = 2000;

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    TenantWork work;

    /** A page, newest first; runs in the caller's tenant transaction. */
    EntryView.Page page(EntryFilter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        Connection connection = em.unwrap(Connection.class);
        try {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM audit_entry" + where)) {
                EntryFilter.bind(count, parameters);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<EntryView> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ChainStore.COLUMNS
                    + " FROM audit_entry" + where + " ORDER BY seq DESC LIMIT " + size + " OFFSET " + ((long) page * size))) {
                EntryFilter.bind(select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(EntryView.of(ChainStore.read(rows)));
                    }
                }
            }
            return new EntryView.Page(entries, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read", e);
        }
    }

    /**
     * Every matching entry up to seq {@code upTo}, oldest first, a page per transaction of its own (for a file that
     * is written while it is read): what was appended after the download began is not in it.
     */
    void each(PrefectureCode tenant, EntryFilter filter, long upTo, Consumer<AuditEntry> visit) {
        long after = 0;
        while (true) {
            long from = after;
            List<AuditEntry> page = work.run(tenant, () -> {
                List<Object> parameters = new ArrayList<>();
                String where = filter.where(parameters) + " AND seq > ? AND seq <= ?";
                parameters.add(from);
                parameters.add(upTo);
                List<AuditEntry> entries = new ArrayList<>();
                try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement("SELECT "
                        + ChainStore.COLUMNS + " FROM audit_entry" + where + " ORDER BY seq LIMIT " + CSV_PAGE)) {
                    EntryFilter.bind(select, parameters);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            entries.add(ChainStore.read(rows));
                        }
                    }
                }
                return entries;
            });
            page.forEach(visit);
            if (page.size() < CSV_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /** The chain head's seq now, in the caller's tenant transaction. */
    long headSeq() {
        try {
            return new ChainStore(em.unwrap(Connection.class)).head().seq();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain head could not be read", e);
        }
    }
}
