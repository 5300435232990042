package jp.tsunagu.ledger.person;

import java.sql.Connection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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

    @Inject
    Instance<MergeGuard> guards;

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
        return addEntered(disasterId, personId,
                SourceRecord.staffCorrection(disasterId, corrected, reason, staff, clock.instant()), staff);
    }

    /**
     * Stores a record entered through the API (a correction, a host's report) and links it CONFIRMED to the person;
     * the person's summary is rewritten in the same transaction.
     */
    public SourceRecord addEntered(UUID disasterId, UUID personId, SourceRecord entered, Actor by) {
        Person person = require(disasterId, personId);
        if (!person.isActive()) {
            // A record linked to an absorbed person would be invisible: it belongs to the person they became.
            throw new LedgerConflictException("the person was merged into another (merge " + person.absorbedBy().orElseThrow()
                    + "): add to the surviving person");
        }
        em.persist(entered);
        em.persist(RecordLink.first(disasterId, entered.id(), personId, LinkDecision.CONFIRMED, OptionalDouble.empty(),
                Optional.empty(), by, clock.instant()));
        em.flush();
        refreshSummaries(personId);
        return entered;
    }

    /** Merges {@code absorbedId} into {@code survivorId}: the absorbed person's records move to the survivor. */
    public PersonMerge merge(UUID disasterId, UUID survivorId, UUID absorbedId, OptionalDouble score,
                             Optional<String> evidence, String reason, Actor by) {
        Person survivor = require(disasterId, survivorId);
        Person absorbed = require(disasterId, absorbedId);
        if (guards != null) {
            guards.forEach(guard -> guard.beforeMerge(disasterId, survivorId, absorbedId));
        }
        PersonMerge.Merged merged = PersonMerge.perform(survivor, absorbed, activeLinks(absorbedId), score, evidence,
                reason, by, clock.instant());
        em.persist(merged.merge());
        em.flush();
        merged.newLinks().forEach(em::persist);
        em.flush();
        refreshSummaries(survivorId, absorbedId);
        return merged.merge();
    }

    public PersonMerge requireMerge(UUID disasterId, UUID mergeId) {
        return Optional.ofNullable(em.find(PersonMerge.class, mergeId))
                .filter(m -> m.disasterId().equals(disasterId))
                .orElseThrow(() -> new NotFoundException("no merge with this id in this disaster"));
    }

    /** The links a merge created: one per record it moved to the survivor. */
    public List<RecordLink> linksOf(PersonMerge merge) {
        return em.createQuery("select l from RecordLink l where l.mergeId = :merge order by l.recordId", RecordLink.class)
                .setParameter("merge", merge.id())
                .getResultList();
    }

    /** Undoes a merge, restoring the links and the absorbed person exactly as they were. */
    public PersonMerge undoMerge(UUID disasterId, UUID mergeId, String reason, Actor by) {
        PersonMerge merge = requireMerge(disasterId, mergeId);
        List<RecordLink> created = linksOf(merge);
        if (!merge.isUndone()) {
            refuseIfLaterChangesBuildOn(merge, created);
        }
        Map<UUID, RecordLink> superseded = created.isEmpty() ? Map.of() : em.createQuery(
                        "select l from RecordLink l where l.id in :ids", RecordLink.class)
                .setParameter("ids", created.stream().map(l -> l.supersedesId().orElseThrow()).toList())
                .getResultStream()
                .collect(Collectors.toMap(RecordLink::id, Function.identity()));
        // The superseded links become active again only after the merge's links stop being active (one active per record).
        merge.undo(require(disasterId, merge.absorbedId()), created, superseded, reason, by, clock.instant());
        em.flush();
        refreshSummaries(merge.survivorId(), merge.absorbedId());
        return merge;
    }

    /**
     * A merge whose records were moved on since (by a later merge of the survivor, or a staff decision) cannot be
     * undone first: the refusal names what to undo before it, so a staff member can unwind the changes in order.
     */
    private void refuseIfLaterChangesBuildOn(PersonMerge merge, List<RecordLink> created) {
        List<UUID> movedOn = created.stream().filter(l -> !l.isActive()).map(RecordLink::id).toList();
        if (movedOn.isEmpty()) {
            return;
        }
        List<RecordLink> successors = em.createQuery("select l from RecordLink l where l.supersedesId in :ids",
                        RecordLink.class)
                .setParameter("ids", movedOn)
                .getResultList();
        List<String> laterMerges = successors.stream().flatMap(l -> l.mergeId().stream()).distinct()
                .map(UUID::toString).sorted().toList();
        List<String> laterMoves = successors.stream().filter(l -> l.mergeId().isEmpty())
                .map(l -> l.id().toString()).sorted().toList();
        StringBuilder detail = new StringBuilder("later changes build on merge " + merge.id() + ":");
        if (!laterMerges.isEmpty()) {
            detail.append(" undo merge ").append(String.join(", ", laterMerges)).append(" first");
        }
        if (!laterMoves.isEmpty()) {
            detail.append(laterMerges.isEmpty() ? "" : ";").append(" records were moved on by staff decisions (links ")
                    .append(String.join(", ", laterMoves)).append("): move them back first");
        }
        // The same lists as members, so a client (the staff UI) offers what to undo first without reading the detail.
        Map<String, String> undoFirst = new LinkedHashMap<>();
        if (!laterMerges.isEmpty()) {
            undoFirst.put("undoMergesFirst", String.join(",", laterMerges));
        }
        if (!laterMoves.isEmpty()) {
            undoFirst.put("moveLinksBackFirst", String.join(",", laterMoves));
        }
        throw new LedgerConflictException(detail.toString(), undoFirst);
    }

    /**
     * The person a person is now: themself, or, if they were merged into another, the person that survived (followed
     * through every later merge).
     */
    public Person current(UUID disasterId, UUID personId) {
        Person person = require(disasterId, personId);
        for (int hops = 0; !person.isActive(); hops++) {
            if (hops > 1000) {
                throw new IllegalStateException("a chain of merges that does not end");
            }
            PersonMerge merge = em.find(PersonMerge.class, person.absorbedBy().orElseThrow());
            person = require(disasterId, merge.survivorId());
        }
        return person;
    }

    /**
     * The person and everyone merged into them now (through every earlier merge), e.g. to show what was kept about the
     * absorbed persons with the survivor. An undone merge no longer counts.
     */
    public List<UUID> mergedInto(UUID disasterId, UUID personId) {
        List<?> ids = em.createNativeQuery("WITH RECURSIVE absorbed(id) AS (SELECT CAST(?1 AS uuid) UNION"
                        + " SELECT p.id FROM ledger_person p JOIN ledger_person_merge m ON p.absorbed_by_merge_id = m.id"
                        + " JOIN absorbed a ON m.survivor_id = a.id WHERE m.disaster_id = ?2)"
                        + " SELECT CAST(id AS varchar) FROM absorbed")
                .setParameter(1, personId.toString()).setParameter(2, disasterId).getResultList();
        return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
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
                Optional.empty(), Optional.empty(), by, clock.instant());
        em.flush();
        em.persist(next);
        em.flush();
        refreshSummaries(current.personId(), toPersonId);
        return next;
    }

    // After the flush the links are in the database; the summaries are rewritten on the transaction's own connection.
    void refreshSummaries(UUID... personIds) {
        summaries.refresh(em.unwrap(Connection.class), List.of(personIds));
    }
}
