package jp.tsunagu.ledger.outreach;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.selfreport.ConsentParty;
import jp.tsunagu.ledger.selfreport.ConsentStatement;
import jp.tsunagu.ledger.selfreport.Need;
import jp.tsunagu.ledger.selfreport.Slugged;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Situations of the persons who reported themselves (persons absorbed by a merge speak through their survivor): where
 * they are now is the municipality of their current whereabouts in the ledger (the whereabouts history over every
 * source: a later roster or a host's entry counts too, docs/ledger.md); their needs are those of the latest report
 * stating needs; their consent is the latest statement (a withdrawal included); and every portal's reference.
 * Reports are read in the order they were received.
 */
@ApplicationScoped
public class SelfReportedSituations implements CurrentSituations {

    private static final String QUERY = "SELECT l.person_id, ps.current_municipality_code, s.needs, s.portal_client_id,"
            + " s.resident_reference, s.submission_id, c.given, c.parties, c.text_version, c.stated_at"
            + " FROM ledger_self_report s"
            + " JOIN ledger_record_link l ON l.record_id = s.record_id AND l.state = 'ACTIVE'"
            + " JOIN ledger_person p ON p.id = l.person_id AND p.absorbed_by_merge_id IS NULL"
            + " LEFT JOIN ledger_person_summary ps ON ps.person_id = l.person_id"
            + " LEFT JOIN ledger_consent c ON c.record_id = s.record_id"
            + " WHERE s.disaster_id = ?1 ORDER BY l.person_id, s.received_at, s.record_id";

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Override
    public List<PersonSituation> of(UUID disasterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY).setParameter(1, disasterId).getResultList();
        Map<UUID, Folding> persons = new LinkedHashMap<>();
        for (Object[] row : rows) {
            persons.computeIfAbsent((UUID) row[0], Folding::new).add(row);
        }
        return persons.values().stream().map(Folding::situation).toList();
    }

    /** One person's reports, oldest first: later statements replace earlier ones. */
    private static final class Folding {

        private final UUID person;
        private Optional<MunicipalityCode> whereabouts = Optional.empty();
        private Set<Need> needs = Set.of();
        private Optional<ConsentStatement> consent = Optional.empty();
        private final Map<String, PersonSituation.PortalContact> contacts = new LinkedHashMap<>();

        Folding(UUID person) {
            this.person = person;
        }

        void add(Object[] row) {
            if (row[1] != null) {
                whereabouts = Optional.of(MunicipalityCode.of(row[1].toString().strip()));
            }
            Set<Need> stated = slugs(Need.class, (String) row[2]);
            if (!stated.isEmpty()) {
                needs = stated;
            }
            String portal = (String) row[3];
            contacts.put(portal, new PersonSituation.PortalContact(portal, Optional.ofNullable((String) row[4]),
                    (String) row[5]));
            if (row[6] != null) {
                Set<ConsentParty> parties = slugs(ConsentParty.class, (String) row[7]);
                consent = Optional.of(new ConsentStatement((Boolean) row[6], parties, (String) row[8], instant(row[9])));
            }
        }

        PersonSituation situation() {
            return new PersonSituation(person, whereabouts, needs, consent, new ArrayList<>(contacts.values()));
        }
    }

    private static <E extends Enum<E> & Slugged> Set<E> slugs(Class<E> type, String text) {
        Set<E> values = EnumSet.noneOf(type);
        if (text != null) {
            for (String slug : text.split(",")) {
                Slugged.of(type, slug.strip()).ifPresent(values::add);
            }
        }
        return values;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
