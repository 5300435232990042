package jp.tsunagu.ledger.provision;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.person.LedgerConflictException;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.person.Person;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * Provisions of a person's ledger information (90条の4): recorded before the information leaves, refused when the
 * legal basis does not hold ({@link Provision#record}), and listed for the person.
 */
@ApplicationScoped
public class LedgerProvisions {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    LedgerPersons persons;

    @Inject
    Clock clock;

    /** The recorded provision and the entry it was made from. */
    public record Provided(Provision provision, LedgerView view) {
    }

    public Provided provide(UUID disasterId, UUID personId, String recipient, LegalBasis basis, String purpose,
                            Set<LedgerField> items, MyNumberDisclosure disclosure, Actor by, Accessor capacity) {
        Person person = persons.require(disasterId, personId);
        if (!person.isActive()) {
            throw new LedgerConflictException("the person was merged into another (merge "
                    + person.absorbedBy().orElseThrow() + "): provide from the surviving person");
        }
        LedgerView view = persons.view(disasterId, personId);
        Provision provision = Provision.record(disasterId, view, recipient, basis, purpose, items, disclosure, by,
                capacity, clock.instant());
        em.persist(provision);
        em.flush();
        return new Provided(provision, view);
    }

    public Provision require(UUID disasterId, UUID personId, UUID provisionId) {
        return of(disasterId, personId).stream().filter(p -> p.id().equals(provisionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no provision with this id for this person"));
    }

    /** The person's provisions, oldest first. */
    public List<Provision> of(UUID disasterId, UUID personId) {
        persons.require(disasterId, personId);
        return em.createQuery("select p from Provision p where p.disasterId = :disaster and p.personId = :person"
                        + " order by p.providedAt, p.id", Provision.class)
                .setParameter("disaster", disasterId)
                .setParameter("person", personId)
                .getResultList();
    }
}
