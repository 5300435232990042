package jp.tsunagu.support.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.search.PersonSearch;

/**
 * A person's case as everyone who may see it sees it: the history of their own case and of the persons merged into
 * them ({@link SupportCases}), its holder, the next follow-up. Call inside a transaction bound to the tenant that keeps
 * the case.
 */
@ApplicationScoped
public class CaseViews {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    SupportCases cases;

    @Inject
    Parties parties;

    @Inject
    PersonSearch persons;

    @Inject
    Clock clock;

    /** {@code withPerson}: whether whom the case is about (name, birth date, whereabouts) is shown too. */
    public CaseView of(UUID disasterId, UUID personId, boolean withPerson) {
        Function<ActingFor, String> names = party -> parties.name(party).orElse(null);
        CaseView.Person person = withPerson
                ? persons.summary(disasterId, personId).map(CaseView.Person::of).orElse(null) : null;
        List<SupportCase> all = cases.cases(disasterId, personId);
        Optional<SupportCase> found = SupportCases.primary(all, personId);
        if (found.isEmpty()) {
            return new CaseView(personId.toString(), person, null, null, List.of(), List.of(), null);
        }
        SupportCase supportCase = found.get();
        List<CaseEntry> entries = cases.entries(all);
        LocalDate today = LocalDate.now(clock.withZone(JAPAN));
        LocalDate next = entries.stream().flatMap(e -> e.followUpOn().stream()).filter(d -> !d.isBefore(today)).sorted()
                .findFirst().orElse(null);
        return new CaseView(personId.toString(), person,
                supportCase.holder().map(h -> CaseView.Party.of(h, names)).orElse(null), supportCase.heldSince().orElse(null),
                cases.handovers(all).stream().map(h -> CaseView.Handover.of(h, names)).toList(),
                entries.stream().map(e -> CaseView.Entry.of(e, names)).toList(), next);
    }
}
