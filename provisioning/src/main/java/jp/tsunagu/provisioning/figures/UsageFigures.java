package jp.tsunagu.provisioning.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.disaster.DisasterInstance;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.provisioning.disaster.DisasterStatus;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What one tenant used in a period, the basis of a usage report and a fee: days on which any of its disaster
 * instances was in use (active or closing; Japan time), the instances in use, the account grants that were valid at
 * some moment of the period, and the persons in its ledgers at the end of the period (for purged instances, the count
 * kept in their statistics). Numbers only.
 */
@ApplicationScoped
public class UsageFigures {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    TenantWork work;

    @Inject
    DisasterInstances disasters;

    @Inject
    Instance<VictimDataFigures> victimData;

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    public record Usage(long activeDays, long disasterInstances, long accounts, long persons) {

        public static final Usage NONE = new Usage(0, 0, 0, 0);
    }

    public Usage of(PrefectureCode tenant, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(JAPAN).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(JAPAN).toInstant();
        return work.run(tenant, () -> {
            SortedSet<LocalDate> days = new TreeSet<>();
            long instances = 0;
            long purgedPersons = 0;
            for (DisasterInstance instance : disasters.all()) {
                SortedSet<LocalDate> used = instance.daysInUse(from, to, JAPAN);
                if (!used.isEmpty()) {
                    instances++;
                    days.addAll(used);
                    if (instance.status() == DisasterStatus.PURGED) {
                        purgedPersons += instance.statistics().getOrDefault("ledger.persons", 0L);
                    }
                }
            }
            long persons = purgedPersons
                    + (victimData.isResolvable() ? victimData.get().personsRecordedBefore(end) : 0);
            return new Usage(days.size(), instances, grantsValidBetween(start, end), persons);
        });
    }

    private long grantsValidBetween(Instant start, Instant end) {
        List<Long> count = em.createQuery("select count(g) from AccountGrant g where g.grantedAt < :end"
                        + " and g.expiresAt > :start and (g.revokedAt is null or g.revokedAt > :start)", Long.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        return count.get(0);
    }
}
