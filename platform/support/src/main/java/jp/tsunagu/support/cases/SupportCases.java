package jp.tsunagu.support.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;

/**
 * The support cases of a disaster instance: a person's case (opened with its first claim or entry), its entries and
 * handovers in order, claims and transfers. Who may do what is decided at the boundary ({@link CaseAccess}); this class
 * keeps the case's own rules (one holder, no claim of a held case, a transfer's reason). Runs in a transaction bound to
 * the tenant.
 *
 * <p>Cases follow merges: a person's history is their own case and the cases of everyone merged into them. Nothing is
 * moved, so undoing the merge gives the absorbed person their case back as it is; the case that carries the history
 * now (holder, claims, new entries) is the held one, the person's own first ({@link #find}).
 */
@ApplicationScoped
public class SupportCases {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LedgerPersons persons;

    protected SupportCases() {
    }

    /** For code outside CDI (tests, tools). */
    public SupportCases(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The case that carries the person's history now: a held one (the person's own first), else their own. */
    public Optional<SupportCase> find(UUID disasterId, UUID personId) {
        return primary(cases(disasterId, personId), personId);
    }

    /** The person's own case and those of the persons merged into them, oldest first. */
    public List<SupportCase> cases(UUID disasterId, UUID personId) {
        return em.createQuery("select c from SupportCase c where c.disasterId = :disaster and c.personId in :persons"
                        + " order by c.openedAt, c.id", SupportCase.class)
                .setParameter("disaster", disasterId).setParameter("persons", group(disasterId, personId))
                .getResultList();
    }

    static Optional<SupportCase> primary(List<SupportCase> cases, UUID personId) {
        return cases.stream().min(Comparator.comparing((SupportCase c) -> c.holder().isEmpty())
                .thenComparing(c -> !c.personId().equals(personId)));
    }

    private List<UUID> group(UUID disasterId, UUID personId) {
        return persons == null ? List.of(personId) : persons.mergedInto(disasterId, personId);
    }

    /** Claims the person's case for {@code by}; refused (409) when someone holds it, {@code by} included. */
    public CaseHandover claim(UUID disasterId, UUID personId, ActingFor by, Actor actor) {
        SupportCase supportCase = locked(disasterId, personId);
        CaseHandover handover = supportCase.claim(by, actor, clock.instant());
        em.persist(handover);
        em.flush();
        return handover;
    }

    /** Hands the person's case to {@code to} with a reason. */
    public CaseHandover transfer(UUID disasterId, UUID personId, ActingFor to, String reason, Actor actor) {
        SupportCase supportCase = locked(disasterId, personId);
        CaseHandover handover = supportCase.transfer(to, reason, actor, clock.instant());
        em.persist(handover);
        em.flush();
        return handover;
    }

    public CaseEntry record(UUID disasterId, UUID personId, NewCaseEntry entry, ActingFor actingFor, Actor actor) {
        CaseEntry recorded = new CaseEntry(locked(disasterId, personId), entry, actingFor, actor, clock.instant());
        em.persist(recorded);
        em.flush();
        return recorded;
    }

    /** The entries of the cases, oldest first, by when they happened, then when recorded. */
    public List<CaseEntry> entries(List<SupportCase> cases) {
        return em.createQuery("select e from CaseEntry e where e.caseId in :cases order by e.occurredAt, e.recordedAt, e.id",
                CaseEntry.class).setParameter("cases", ids(cases)).getResultList();
    }

    public List<CaseHandover> handovers(List<SupportCase> cases) {
        return em.createQuery("select h from CaseHandover h where h.caseId in :cases order by h.at, h.id", CaseHandover.class)
                .setParameter("cases", ids(cases)).getResultList();
    }

    private static List<UUID> ids(List<SupportCase> cases) {
        return cases.stream().map(SupportCase::id).toList();
    }

    /** Whether the party has recorded anything in the person's case (a support organisation keeps seeing it then). */
    public boolean hasRecorded(UUID disasterId, UUID personId, ActingFor party) {
        return !em.createQuery("select e.id from CaseEntry e, SupportCase c where e.caseId = c.id and c.disasterId = :disaster"
                        + " and c.personId in :persons and e.actingKind = :kind and e.actingCode = :code", UUID.class)
                .setParameter("disaster", disasterId).setParameter("persons", group(disasterId, personId))
                .setParameter("kind", party.scopeKind()).setParameter("code", party.scopeCode())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The case row, locked for the change: two claims at once are decided one after the other. A case that does not
     * exist yet is opened by an insert that, when another request opens the same case at the same moment, waits for
     * that request and then does nothing (the unique key on person and instance), so both go on with the one case: a
     * second claim is then refused (409) like any claim of a held case, a second entry is simply added.
     */
    private SupportCase locked(UUID disasterId, UUID personId) {
        Optional<SupportCase> found = find(disasterId, personId);
        if (found.isEmpty()) {
            em.createNativeQuery("INSERT INTO support_case (id, disaster_id, person_id, opened_at, version)"
                            + " VALUES (?1, ?2, ?3, ?4, 0) ON CONFLICT (disaster_id, person_id) DO NOTHING")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, disasterId).setParameter(3, personId)
                    .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
            found = find(disasterId, personId);
        }
        SupportCase supportCase = found.orElseThrow();
        em.lock(supportCase, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(supportCase);
        return supportCase;
    }
}
