package jp.tsunagu.ledger.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.audit.trail.AuditEvent;
import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.audit.trail.AuditTrail;
import jp.tsunagu.audit.trail.Outcome;
import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.access.LedgerAccess.LedgerClosedException;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.access.PersonVisibility;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.person.rest.ItemView;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.ledger.search.PageRequest;
import jp.tsunagu.ledger.search.PersonOrder;
import jp.tsunagu.ledger.search.PersonPage;
import jp.tsunagu.ledger.search.PersonSearch;
import jp.tsunagu.ledger.search.PersonSearchParameters;
import jp.tsunagu.ledger.search.PersonSummary;
import jp.tsunagu.ledger.sharing.kpi.SharingTimes;
import jp.tsunagu.ledger.whereabouts.NewWhereabouts;
import jp.tsunagu.ledger.whereabouts.PersonWhereabouts;
import jp.tsunagu.ledger.whereabouts.PersonsInArea;
import jp.tsunagu.ledger.whereabouts.WhereaboutsEntry;
import jp.tsunagu.ledger.whereabouts.WhereaboutsSource;
import jp.tsunagu.provisioning.accounts.ScopeKind;
import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.disaster.DisasterInstances;
import jp.tsunagu.provisioning.disaster.DisasterStatus;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * The home's ledger as a host sees it through an agreement, and what the host adds to it. Every method works in a
 * transaction of its own bound to the <b>home</b> tenant ({@link TenantWork}); inside it the agreement is confirmed in
 * force again, the home's disaster instance must be open, and only the persons currently in the caller's area exist.
 * The caller's {@link HostWork} comes from {@link AgreementAccess}.
 * <p>
 * Every provision is recorded twice: in the host's access log (the {@code @Audited} resource, from the notes given
 * here) and in the <b>home's</b>, whose data left: an entry of the home tenant's chain naming the host's staff member
 * (tenant, capacity, grant scope), the persons, the items and the ground 90条の4第1項第3号. The home's entry is
 * committed before the answer is sent; if it cannot be, nothing is sent.
 */
@ApplicationScoped
public class SharedPersons {

    static final String NO_PERSON = "no person with this id in this disaster";

    @Inject
    TenantWork work;

    @Inject
    AgreementAccess access;

    @Inject
    DisasterInstances disasters;

    @Inject
    PersonSearch search;

    @Inject
    PersonVisibility visibility;

    @Inject
    LedgerPersons persons;

    @Inject
    PersonWhereabouts whereabouts;

    @Inject
    AuditNotes notes;

    @Inject
    AuditTrail trail;

    @Inject
    SharingTimes times;

    @Inject
    Clock clock;

    @Inject
    Event<HostSupportRecorded> supportRecorded;

    /** Persons currently in the caller's area; searching by name or birth date needs the identity items. */
    public SharedPersonList list(HostWork host, PersonSearchParameters parameters) {
        AgreedItems agreed = host.agreedItems();
        boolean identity = host.items().contains(SharedItem.IDENTITY);
        if (!identity && (parameters.name() != null || parameters.birthDate() != null)) {
            // Filtering on an item the host may not see would tell it the item's value.
            throw new InvalidRequestException(parameters.name() != null ? "name" : "birthDate",
                    "the agreement does not share the identity items, so they cannot be searched");
        }
        PersonOrder order = identity ? PersonOrder.DEFAULT : PersonOrder.descending(PersonOrder.Key.LAST_UPDATE);
        PageRequest page = parameters.pageRequest();
        SharedPersonList list = inHome(host, false, () -> {
            PersonPage found = search.search(parameters.criteria(host.disasterId(), scope(host)), order, page);
            List<SharedPerson> shown = found.persons().stream().map(summary -> listed(summary, agreed, host)).toList();
            return new SharedPersonList(shown, found.total(), page.page(), page.size(), found.pages());
        });
        List<String> shownItems = list.persons().stream().flatMap(p -> p.items().keySet().stream()).distinct().sorted()
                .toList();
        AuditEvent event = AuditEvent.of("agreement.person.search", Outcome.ALLOWED);
        if (parameters.name() != null) {
            event = event.personalQuery("name", parameters.name());
        }
        if (parameters.birthDate() != null) {
            event = event.personalQuery("birthDate", parameters.birthDate());
        }
        provided(host, event, list.persons().stream().map(SharedPerson::personId).toList(), shownItems);
        return list;
    }

    public SharedPerson detail(HostWork host, UUID personId) {
        SharedPerson person = inHome(host, false, () -> {
            visibility.require(scope(host), host.disasterId(), personId);
            UUID current = persons.current(host.disasterId(), personId).id();
            PersonSummary summary = search.summary(host.disasterId(), current)
                    .orElseThrow(() -> new NotFoundException(NO_PERSON));
            times.readByHost(current, host.area());
            return new SharedPerson(current, inArea(summary), host.agreedItems()
                    .filter(persons.view(host.disasterId(), current)), currentWhereabouts(summary, host));
        });
        provided(host, AuditEvent.of("agreement.person.read", Outcome.ALLOWED), List.of(person.personId()),
                person.items().keySet().stream().sorted().toList());
        return person;
    }

    /** A whereabouts entry made by the host, recorded as a host update for its municipality. */
    public HostAddition addWhereabouts(HostWork host, UUID personId, NewWhereabouts entry) {
        return added(host, "agreement.whereabouts.add", List.of(LedgerField.WHEREABOUTS), inHome(host, true, () -> {
            MunicipalityCode actingFor = actingMunicipality(host, personId);
            WhereaboutsEntry added = whereabouts.record(host.disasterId(), personId, entry, WhereaboutsSource.HOST_UPDATE,
                    new ActingFor(ScopeKind.AGREEMENT_HOST_MUNICIPALITY.name(), actingFor.value()), host.by());
            return new HostAddition(added.recordId(), personId, added.recordKind().name(), added.receivedAt(),
                    host.host().value(), actingFor.value(), host.agreementId());
        }));
    }

    /** Support given by the host (援護の実施状況): accumulates with the home's own entries. */
    public HostAddition addSupportRecords(HostWork host, UUID personId, List<String> entries) {
        return added(host, "agreement.support-records.add", List.of(LedgerField.SUPPORT_PROVIDED), report(host,
                personId, RecordValues.builder().set(LedgerField.SUPPORT_PROVIDED, List.copyOf(entries)).build(),
                addition -> supportRecorded.fire(new HostSupportRecorded(host.disasterId(), addition.personId(), entries,
                        new ActingFor(ScopeKind.AGREEMENT_HOST_MUNICIPALITY.name(), addition.hostMunicipality()),
                        host.by(), addition.receivedAt(), host.agreementId()))));
    }

    /** Needs the host found: 要配慮者 and its reason. */
    public HostAddition addNeeds(HostWork host, UUID personId, boolean careNeeded, Optional<String> reason) {
        RecordValues.Builder values = RecordValues.builder().set(LedgerField.CARE_NEEDED, careNeeded);
        reason.ifPresent(text -> values.set(LedgerField.CARE_REASON, text));
        return added(host, "agreement.needs.add", List.of(LedgerField.CARE_NEEDED, LedgerField.CARE_REASON),
                report(host, personId, values.build()));
    }

    private HostAddition added(HostWork host, String action, List<LedgerField> fields, HostAddition addition) {
        provided(host, AuditEvent.of(action, Outcome.ALLOWED)
                        .reference("agreement:" + host.agreementId() + " record:" + addition.recordId()),
                List.of(addition.personId()), fields.stream().map(LedgerField::id).toList());
        return addition;
    }

    // What left the home (or was added to it) is noted for the host's log and appended to the home's chain.
    private void provided(HostWork host, AuditEvent event, List<UUID> personIds, List<String> items) {
        String reference = event.reference().orElse("agreement:" + host.agreementId());
        notes.persons(personIds);
        notes.items(items);
        notes.reference(reference);
        AuditEvent atHome = event.disaster(host.disasterId()).persons(personIds).items(items)
                .basis(LegalBasis.OTHER_LOCAL_GOVERNMENT).reference(reference);
        trail.recordIn(host.home(), trail.currentActor(Accessor.AGREEMENT_HOST.name()), atHome);
    }

    private HostAddition report(HostWork host, UUID personId, RecordValues values) {
        return report(host, personId, values, addition -> { });
    }

    /**
     * What a host may see of a person that another module keeps (the support case): {@code read} runs in the home on
     * the person they are now, if they are in the caller's area and the agreement shares {@code item}; the provision is
     * recorded in both access logs like a read of the ledger ({@code action}, the item).
     */
    public <T> T readInHome(HostWork host, UUID personId, SharedItem item, String action, Function<UUID, T> read) {
        requireItem(host, item);
        T seen = inHome(host, false, () -> {
            visibility.require(scope(host), host.disasterId(), personId);
            return read.apply(persons.current(host.disasterId(), personId).id());
        });
        provided(host, AuditEvent.of(action, Outcome.ALLOWED), List.of(personId), List.of(item.id()));
        return seen;
    }

    /**
     * What a host adds to or changes in what another module keeps of a person (the support case): {@code write} runs
     * in the home, in a transaction that may write (an instance that is closing refuses it), on the person they are
     * now, with the host municipality of the caller's area the person is in as the party the host acts for
     * ({@code AGREEMENT_HOST_MUNICIPALITY}). The caller checked the permission; the item must be shared. Recorded in
     * both access logs like an addition to the ledger ({@code action}, the item, 90条の4第1項第3号).
     */
    public <T> T writeInHome(HostWork host, UUID personId, SharedItem item, String action,
                             BiFunction<UUID, ActingFor, T> write) {
        requireItem(host, item);
        T written = inHome(host, true, () -> {
            ActingFor actingFor = new ActingFor(ScopeKind.AGREEMENT_HOST_MUNICIPALITY.name(),
                    actingMunicipality(host, personId).value());
            return write.apply(persons.current(host.disasterId(), personId).id(), actingFor);
        });
        provided(host, AuditEvent.of(action, Outcome.ALLOWED), List.of(personId), List.of(item.id()));
        return written;
    }

    private static void requireItem(HostWork host, SharedItem item) {
        if (!host.items().contains(item)) {
            throw new ItemNotSharedException(item);
        }
    }

    /** The agreement does not share the item the request is about. */
    public static class ItemNotSharedException extends ProblemException {

        ItemNotSharedException(SharedItem item) {
            super(ProblemKind.FORBIDDEN, "the agreement does not share " + item.id());
        }
    }

    private HostAddition report(HostWork host, UUID personId, RecordValues values, Consumer<HostAddition> alsoAtHome) {
        return inHome(host, true, () -> {
            MunicipalityCode actingFor = actingMunicipality(host, personId);
            Map<String, String> attribution = new LinkedHashMap<>();
            attribution.put("agreementId", host.agreementId().toString());
            attribution.put("hostPrefecture", host.host().value());
            attribution.put("hostMunicipality", actingFor.value());
            Instant now = clock.instant();
            UUID target = persons.current(host.disasterId(), personId).id();
            SourceRecord added = persons.addEntered(host.disasterId(), target,
                    SourceRecord.hostReport(host.disasterId(), values, attribution, host.by(), now), host.by());
            HostAddition addition = new HostAddition(added.id(), target, added.kind().name(), now, host.host().value(),
                    actingFor.value(), host.agreementId());
            alsoAtHome.accept(addition);
            return addition;
        });
    }

    // The host acts for the municipality of its area the person is in now.
    private MunicipalityCode actingMunicipality(HostWork host, UUID personId) {
        visibility.require(scope(host), host.disasterId(), personId);
        return visibility.places(host.disasterId(), personId).present().stream().filter(host.area()::contains).sorted()
                .findFirst().orElseThrow(() -> new NotFoundException(NO_PERSON));
    }

    private <T> T inHome(HostWork host, boolean writes, java.util.concurrent.Callable<T> task) {
        return work.run(host.home(), () -> {
            access.confirmInForce(host);
            DisasterStatus status = disasters.find(host.disasterId()).map(d -> d.status())
                    .filter(DisasterStatus::isReadable).orElseThrow(AgreementAccess::notFound);
            if (writes && !status.isWritable()) {
                throw new LedgerClosedException("the home's disaster instance is " + status.name().toLowerCase()
                        + ": nothing can be added to it");
            }
            return task.call();
        });
    }

    private static PersonScope scope(HostWork host) {
        return PersonsInArea.scopeOf(host.area());
    }

    private static String inArea(PersonSummary summary) {
        return summary.current().municipality().map(MunicipalityCode::value).orElse(null);
    }

    private static SharedPerson listed(PersonSummary summary, AgreedItems agreed, HostWork host) {
        Map<String, AgreedItems.Shown> items = new LinkedHashMap<>();
        put(items, agreed, LedgerField.FULL_NAME, summary.fullName());
        put(items, agreed, LedgerField.FULL_NAME_KANA, summary.fullNameKana());
        put(items, agreed, LedgerField.BIRTH_DATE, summary.birthDate());
        put(items, agreed, LedgerField.SEX, summary.sex());
        put(items, agreed, LedgerField.ADDRESS, summary.address());
        put(items, agreed, LedgerField.WHEREABOUTS, summary.whereabouts());
        put(items, agreed, LedgerField.CARE_NEEDED, Optional.of(summary.careNeeded()));
        put(items, agreed, LedgerField.DAMAGE_GRADE, summary.damageGrade());
        put(items, agreed, LedgerField.CERTIFICATE_STATUS, summary.certificateStatus());
        return new SharedPerson(summary.personId(), inArea(summary), items, currentWhereabouts(summary, host));
    }

    private static void put(Map<String, AgreedItems.Shown> items, AgreedItems agreed, LedgerField field,
                            Optional<?> value) {
        if (agreed.includes(field)) {
            value.ifPresent(v -> items.put(field.id(), new AgreedItems.Shown(field.japanese(), ItemView.plain(v))));
        }
    }

    private static SharedPerson.Current currentWhereabouts(PersonSummary summary, HostWork host) {
        if (!host.items().contains(SharedItem.WHEREABOUTS)) {
            return null;
        }
        PersonSummary.Current current = summary.current();
        return new SharedPerson.Current(current.kind().map(Enum::name).orElse(null),
                current.kind().map(k -> k.japanese()).orElse(null),
                current.municipality().map(MunicipalityCode::value).orElse(null), current.observedAt().orElse(null));
    }
}
