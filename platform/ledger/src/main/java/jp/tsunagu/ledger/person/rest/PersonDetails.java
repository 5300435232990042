package jp.tsunagu.ledger.person.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.person.Person;
import jp.tsunagu.ledger.person.PersonHistory;
import jp.tsunagu.ledger.person.PersonMerge;
import jp.tsunagu.ledger.person.RecordLink;
import jp.tsunagu.ledger.provision.LedgerProvisions;
import jp.tsunagu.ledger.provision.ProvisionView;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.view.LedgerViewDerivation;

/** Puts a person's detail together from the ledger: the derived view, the records behind it and their history. */
@ApplicationScoped
public class PersonDetails {

    @Inject
    LedgerPersons persons;

    @Inject
    PersonHistory history;

    @Inject
    LedgerProvisions provisions;

    /** The whole detail, with the history of links and merges. */
    public PersonDetail of(UUID disasterId, UUID personId) {
        PersonDetail entry = entry(disasterId, personId);
        List<LinkView> links = history.links(personId).stream().map(LinkView::of).toList();
        List<MergeView> merges = history.merges(personId).stream().map(this::view).toList();
        List<ProvisionView> provided = provisions.of(disasterId, personId).stream()
                .map(p -> ProvisionView.of(p, null)).toList();
        return new PersonDetail(entry.id(), entry.createdAt(), entry.active(), entry.absorbed(), entry.items(),
                entry.household(), entry.records(), new PersonDetail.History(links, merges, provided));
    }

    /** The ledger entry without its history: what reviews show side by side. */
    public PersonDetail entry(UUID disasterId, UUID personId) {
        Person person = persons.require(disasterId, personId);
        Map<UUID, SourceRecord> records = persons.records(personId).stream()
                .collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        Map<UUID, RecordLink> links = persons.activeLinks(personId).stream()
                .collect(Collectors.toMap(RecordLink::recordId, Function.identity()));
        LedgerView view = LedgerViewDerivation.derive(personId, List.copyOf(records.values()));
        List<RecordView> provenance = view.records().stream()
                .map(id -> RecordView.of(records.get(id), links.get(id))).toList();
        PersonDetail.Absorbed absorbed = person.absorbedBy()
                .map(mergeId -> new PersonDetail.Absorbed(mergeId.toString(),
                        persons.requireMerge(disasterId, mergeId).survivorId().toString()))
                .orElse(null);
        return new PersonDetail(personId.toString(), person.createdAt(), person.isActive(), absorbed,
                ItemView.personal(view), ItemView.household(view), provenance, null);
    }

    public MergeView view(PersonMerge merge) {
        return MergeView.of(merge, persons.linksOf(merge));
    }
}
