package jp.tsunagu.ledger.person;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What was decided about a person, for reading back: every link of every record that was ever linked to them (also
 * the links that took a record away, and the ones undone), and every merge they took part in. Nothing here changes
 * the ledger.
 */
@ApplicationScoped
public class PersonHistory {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    protected PersonHistory() {
    }

    /** For code outside CDI (tests, tools). */
    public PersonHistory(EntityManager em) {
        this.em = em;
    }

    /** All links of the records that were ever linked to the person, in the order they were decided. */
    public List<RecordLink> links(UUID personId) {
        return em.createQuery("select l from RecordLink l where l.recordId in"
                        + " (select p.recordId from RecordLink p where p.personId = :person)"
                        + " order by l.decidedAt, l.id", RecordLink.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** The merges the person survived or was absorbed by, oldest first. */
    public List<PersonMerge> merges(UUID personId) {
        return em.createQuery("select m from PersonMerge m where m.survivorId = :person or m.absorbedId = :person"
                        + " order by m.decidedAt, m.id", PersonMerge.class)
                .setParameter("person", personId)
                .getResultList();
    }
}
