package jp.tsunagu.ledger.whereabouts;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerConflictException;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.person.LinkDecision;
import jp.tsunagu.ledger.person.Person;
import jp.tsunagu.ledger.person.RecordLink;
import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Provenance;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.record.TimeOrderedIds;
import jp.tsunagu.ledger.search.BoundTenant;
import jp.tsunagu.ledger.search.PersonSummaries;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * A person's whereabouts: the history derived from their records, and new entries. An entry is stored as a
 * WHEREABOUTS_REPORT source record (the text of 居所, who, when received and observed), linked CONFIRMED to the person,
 * with its {@link WhereaboutsDetail}; the person's summary (current whereabouts, the scope of host municipalities) is
 * rewritten in the same transaction. The caller's access is checked at the boundary; this class takes who acted.
 * Runs in a transaction bound to the tenant.
 */
@ApplicationScoped
public class PersonWhereabouts {

    /** Clocks of staff devices run a little ahead: an observation up to this far in the future is taken as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LedgerPersons persons;

    private final PersonSummaries summaries = new PersonSummaries();

    protected PersonWhereabouts() {
    }

    /** For code outside CDI (tests, tools). */
    public PersonWhereabouts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.persons = new LedgerPersons(em, clock);
    }

    /** The person's history, oldest first, with the current whereabouts last. */
    public WhereaboutsHistory history(UUID disasterId, UUID personId) {
        persons.require(disasterId, personId);
        List<SourceRecord> records = persons.records(personId);
        return WhereaboutsHistory.of(records, details(records), reader());
    }

    /**
     * Adds an entry for the person; returns it as the history shows it. An entry observed after the current one
     * becomes the current whereabouts.
     */
    public WhereaboutsEntry record(UUID disasterId, UUID personId, NewWhereabouts entry, WhereaboutsSource source,
                                   ActingFor actingFor, Actor by) {
        Person person = persons.require(disasterId, personId);
        if (!person.isActive()) {
            throw new LedgerConflictException("the person was merged into another (merge " + person.absorbedBy().orElseThrow()
                    + "): record the whereabouts of the surviving person");
        }
        Instant now = clock.instant();
        Instant observed = entry.observedAt().orElse(now);
        if (observed.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("observedAt", "observedAt is in the future");
        }
        WhereaboutsText reader = reader();
        Optional<MunicipalityCode> municipality = entry.municipality().or(() -> entry.place().flatMap(reader::municipalityOf));
        UUID id = new TimeOrderedIds(clock).next();
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("kind", entry.kind().name());
        entry.place().ifPresent(p -> raw.put("place", p));
        municipality.ifPresent(m -> raw.put("municipalityCode", m.value()));
        raw.put("source", source.name());
        SourceRecord record = new SourceRecord(id, disasterId, new Provenance(SourceKind.WHEREABOUTS_REPORT, Optional.empty(),
                Optional.empty(), Optional.empty(), by, now, Optional.of(observed)), Fingerprint.of("whereabouts:" + id),
                Optional.of(JsonText.object(raw)), RecordValues.builder().set(LedgerField.WHEREABOUTS, entry.text()).build());
        em.persist(record);
        em.persist(RecordLink.first(disasterId, id, personId, LinkDecision.CONFIRMED, OptionalDouble.empty(),
                Optional.empty(), by, now));
        WhereaboutsDetail detail = new WhereaboutsDetail(id, disasterId, entry.kind(), entry.place(), municipality, source,
                actingFor);
        em.persist(detail);
        em.flush();
        summaries.refresh(em.unwrap(Connection.class), List.of(personId));
        return WhereaboutsHistory.of(List.of(record), Map.of(id, detail.stated()), reader).entries().getFirst();
    }

    private Map<UUID, WhereaboutsDetail.Stated> details(List<SourceRecord> records) {
        List<UUID> reports = records.stream().filter(r -> r.kind() == SourceKind.WHEREABOUTS_REPORT).map(SourceRecord::id)
                .toList();
        if (reports.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w from WhereaboutsDetail w where w.recordId in :ids", WhereaboutsDetail.class)
                .setParameter("ids", reports).getResultStream()
                .collect(Collectors.toMap(WhereaboutsDetail::recordId, WhereaboutsDetail::stated));
    }

    private WhereaboutsText reader() {
        try {
            return WhereaboutsText.bundled(BoundTenant.of(em.unwrap(Connection.class)));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the bound tenant failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
