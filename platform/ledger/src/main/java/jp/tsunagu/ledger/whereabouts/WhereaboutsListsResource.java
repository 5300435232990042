package jp.tsunagu.ledger.whereabouts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.search.PersonListView;
import jp.tsunagu.ledger.search.PersonPage;
import jp.tsunagu.ledger.search.PersonSearch;
import jp.tsunagu.ledger.search.PersonSearchCriteria;
import jp.tsunagu.ledger.search.PersonSearchParameters;
import jp.tsunagu.ledger.search.PersonSummary;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.Municipality;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * Whereabouts across a disaster instance, limited to the persons the caller sees: persons per current municipality,
 * movements from home to host municipality, and the persons nobody has located lately (whereabouts unknown, never
 * stated, or not updated for {@code staleDays}). Persons in one municipality: {@code GET persons?currentMunicipality=…}.
 */
@Path("disasters/{disasterId}/whereabouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "whereabouts", description = "居所: where victims are, their history, lists per disaster instance")
public class WhereaboutsListsResource {

    static final int DEFAULT_STALE_DAYS = 14;

    @Inject
    LedgerAccess access;

    @Inject
    WhereaboutsLists lists;

    @Inject
    PersonSearch search;

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    @Inject
    AuditNotes notes;

    /** A count per municipality; {@code municipality} null: the place names none, or nothing is known. */
    public record MunicipalityCount(String municipality, String municipalityName, long persons) {
    }

    /** A count per home → present municipality pair. */
    public record MovementCount(String from, String fromName, String to, String toName, long persons) {
    }

    @GET
    @Path("by-municipality")
    @Operation(summary = "How many of the persons the caller sees are in each municipality now")
    public List<MunicipalityCount> byMunicipality(@PathParam("disasterId") UUID disasterId) {
        access.require(LedgerWork.READ, disasterId);
        return lists.byCurrentMunicipality(disasterId, access.scope(disasterId)).stream()
                .map(c -> new MunicipalityCount(value(c.municipality()), name(c.municipality()), c.persons())).toList();
    }

    @GET
    @Path("movements")
    @Operation(summary = "How many persons moved from each home municipality (住所) to each municipality they are in now")
    public List<MovementCount> movements(@PathParam("disasterId") UUID disasterId) {
        access.require(LedgerWork.READ, disasterId);
        return lists.movements(disasterId, access.scope(disasterId)).stream()
                .map(m -> new MovementCount(value(m.home()), name(m.home()), value(m.present()), name(m.present()),
                        m.persons())).toList();
    }

    @GET
    @Path("unlocated")
    @Audited("ledger.whereabouts.unlocated")
    @Operation(summary = "Persons whose whereabouts are unknown, never stated, or not updated for staleDays (default 14)")
    public PersonListView unlocated(@PathParam("disasterId") UUID disasterId, @QueryParam("staleDays") String staleDays,
                                    @QueryParam("sort") String sort, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        access.require(LedgerWork.READ, disasterId);
        PersonScope scope = access.scope(disasterId);
        PersonSearchParameters parameters = new PersonSearchParameters(null, null, null, null, List.of(), null, sort, page,
                size);
        PersonSearchCriteria criteria = PersonSearchCriteria.in(disasterId).scope(scope)
                .unlocatedSince(clock.instant().minus(Duration.ofDays(days(staleDays)))).build();
        PersonPage found = search.search(criteria, parameters.order(), parameters.pageRequest());
        notes.persons(found.persons().stream().map(PersonSummary::personId).toList());
        return PersonListView.of(found,
                code -> referenceData.municipality(code).map(Municipality::name).orElse(null));
    }

    private static int days(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_STALE_DAYS;
        }
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 0 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidRequestException("staleDays", "staleDays is a whole number of days from 0 to 3650");
    }

    private static String value(Optional<MunicipalityCode> code) {
        return code.map(MunicipalityCode::value).orElse(null);
    }

    private String name(Optional<MunicipalityCode> code) {
        return code.flatMap(referenceData::municipality).map(Municipality::name).orElse(null);
    }
}
