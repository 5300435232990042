package jp.tsunagu.ledger.person;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.search.PersonSummaries;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * The ledger's persons: their derived views, staff corrections, merges and their undoing, moving a record between
 * persons. Runs inside a transaction bound to the caller's tenant (the boundary opens it with
 * {@code @Transactional @TenantTransactional}); every method takes the disaster it works in and finds nothing of
 * another disaster. Every change rewrites the search summaries of the persons it touches in the same transaction.
 */
@ApplicationScoped
public class LedgerPersons {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    private final PersonSummaries summaries = new PersonSummaries();

    protected LedgerPersons() {
    }

    /** For code outside CDI (tests, tools). */
    public LedgerPersons(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Optional<Person> find(UUID disasterId, UUID personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).filter(p -> p.disasterId().equals(disasterId));
    }

    public Person require(UUID disasterId, UUID personId) {
        return find(disasterId, personId).orElseThrow(() -> new NotFoundException("no person with this id in this disaster"));
    }

    /** The person's ledger entry, derived from the records linked to them now. */
    public LedgerView view(UUID disasterId, UUID personId) {
        require(disasterId, personId);
        return LedgerViewDerivation.derive(personId, records(personId));
    }

    /** The records currently linked to the person. */
    public List<SourceRecord> records(UUID personId) {
        return em.createQuery("select r from SourceRecord r where r.id in (select l.recordId from RecordLink l"
                        + " where l.personId = :person and l.state = :active)", SourceRecord.class)
                .setParameter("person", personId)
                .setParameter("active", LinkState.ACTIVE)
                .getResultList();
    }

    public List<RecordLink> activeLinks(UUID personId) {
        return em.createQuery("select l from RecordLink l where l.personId = :person and l.state = :active", RecordLink.class)
                .setParameter("person", personId)
                .setParameter("active", LinkState.ACTIVE)
                .getResultList();
    }

    /** Stores a staff correction as a record of its own and links it to the person; it wins in derivation. */
    public SourceRecord correct(UUID disasterId, UUID personId, RecordValues corrected, String reason, Actor staff) {
        require(disasterId, personId);
        SourceRecord correction = SourceRecord.staffCorrection(disasterId, corrected, reason, staff, clock.instant());
        em.persist(correction);
        em.persist(RecordLink.first(disasterId, correction.id(), personId, LinkDecision.CONFIRMED, OptionalDouble.empty(),
                Optional.empty(), staff, clock.instant()));
        em.flush();
        refreshSummaries(personId);
        return correction;
    }

    /** Merges {@code absorbedId} into {@code survivorId}: the absorbed person's records move to the survivor. */
    public PersonMerge merge(UUID disasterId, UUID survivorId, UUID absorbedId, OptionalDouble score,
                             Optional<String> evidence, Actor by) {
        Person survivor = require(disasterId, survivorId);
        Person absorbed = require(disasterId, absorbedId);
        PersonMerge.Merged merged = PersonMerge.perform(survivor, absorbed, activeLinks(absorbedId), score, evidence, by,
                clock.instant());
        em.persist(merged.merge());
        em.flush();
        merged.newLinks().forEach(em::persist);
        em.flush();
        refreshSummaries(survivorId, absorbedId);
        return merged.merge();
    }

    /** Undoes a merge, restoring the links and the absorbed person exactly as they were. */
    public void undoMerge(UUID disasterId, UUID mergeId, Actor by) {
        PersonMerge merge = Optional.ofNullable(em.find(PersonMerge.class, mergeId))
                .filter(m -> m.disasterId().equals(disasterId))
                .orElseThrow(() -> new NotFoundException("no merge with this id in this disaster"));
        List<RecordLink> created = em.createQuery("select l from RecordLink l where l.mergeId = :merge", RecordLink.class)
                .setParameter("merge", mergeId)
                .getResultList();
        Map<UUID, RecordLink> superseded = created.isEmpty() ? Map.of() : em.createQuery(
                        "select l from RecordLink l where l.id in :ids", RecordLink.class)
                .setParameter("ids", created.stream().map(l -> l.supersedesId().orElseThrow()).toList())
                .getResultStream()
                .collect(Collectors.toMap(RecordLink::id, Function.identity()));
        // The superseded links become active again only after the merge's links stop being active (one active per record).
        merge.undo(require(disasterId, merge.absorbedId()), created, superseded, by, clock.instant());
        em.flush();
        refreshSummaries(merge.survivorId(), merge.absorbedId());
    }

    /** A staff decision that a record is about another person (e.g. resolving a review). */
    public RecordLink move(UUID disasterId, UUID recordId, UUID toPersonId, Actor by) {
        require(disasterId, toPersonId);
        RecordLink current = em.createQuery("select l from RecordLink l where l.recordId = :record and l.state = :active",
                        RecordLink.class)
                .setParameter("record", recordId)
                .setParameter("active", LinkState.ACTIVE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("the record has no current link"));
        RecordLink next = current.moveTo(toPersonId, LinkDecision.CONFIRMED, Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), by, clock.instant());
        em.flush();
        em.persist(next);
        em.flush();
        refreshSummaries(current.personId(), toPersonId);
        return next;
    }

    // After the flush the links are in the database; the summaries are rewritten on the transaction's own connection.
    private void refreshSummaries(UUID... personIds) {
        summaries.refresh(em.unwrap(Connection.class), List.of(personIds));
    }
}
