package jp.tsunagu.ledger.bench;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.search.PageRequest;
import jp.tsunagu.ledger.search.PersonOrder;
import jp.tsunagu.ledger.search.PersonSearch;
import jp.tsunagu.ledger.search.PersonSearchCriteria;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;

/**
 * Person search through the ledger's {@link PersonSearch} (the summaries linking keeps, their name keys), as the API
 * runs it: a JPA transaction bound to tenant 17 per search, the first page of 50 in the default order, with the
 * count of all matches.
 */
final class ApiPersonSearch implements PersonSearchProbe {

    private final TestJpa jpa;
    private final UUID disasterId;

    ApiPersonSearch(TestDatabase database, UUID disasterId) {
        this.jpa = new TestJpa(database);
        this.disasterId = disasterId;
    }

    @Override
    public int search(String name, Optional<LocalDate> birthDate) {
        PersonSearchCriteria.Builder criteria = PersonSearchCriteria.in(disasterId).name(name);
        birthDate.ifPresent(criteria::birthDate);
        PersonSearchCriteria built = criteria.build();
        return jpa.inTenant(em -> new PersonSearch(em).search(built, PersonOrder.DEFAULT, PageRequest.first(PageRequest.DEFAULT_SIZE)))
                .persons().size();
    }

    @Override
    public String description() {
        return "PersonSearch over ledger_person_summary, first page of 50 with the total, one tenant-bound JPA transaction each";
    }

    @Override
    public void close() {
        jpa.close();
    }
}
