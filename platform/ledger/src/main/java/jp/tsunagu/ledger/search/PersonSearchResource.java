package jp.tsunagu.ledger.search;

import java.util.List;
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

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.reference.Municipality;
import jp.tsunagu.tenants.reference.ReferenceData;

/**
 * Searching a disaster instance's ledger: {@code GET /disasters/{disasterId}/persons?name=やまさき&birthDate=S16.3.3}
 * (see {@link PersonSearchParameters} for every parameter). Names match in kanji or kana, variants and readings folded
 * (docs/ledger.md, "Search"). Municipal staff and leads of the instance and prefecture admins may search.
 */
@Path("disasters/{disasterId}/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "ledger", description = "被災者台帳: persons, reviews, merges, corrections, provisions, export")
public class PersonSearchResource {

    @Inject
    LedgerAccess access;

    @Inject
    PersonSearch search;

    @Inject
    ReferenceData referenceData;

    @GET
    @Operation(summary = "Search the persons the caller sees by name (kanji or kana), birth date, address, municipality,"
            + " damage grade, 要配慮者, current municipality and kind of whereabouts")
    public PersonListView search(@PathParam("disasterId") UUID disasterId, @QueryParam("name") String name,
                                 @QueryParam("birthDate") String birthDate, @QueryParam("address") String address,
                                 @QueryParam("municipality") String municipality,
                                 @QueryParam("damageGrade") List<String> damageGrades,
                                 @QueryParam("careNeeded") String careNeeded, @QueryParam("sort") String sort,
                                 @QueryParam("page") String page, @QueryParam("size") String size,
                                 @QueryParam("currentMunicipality") String currentMunicipality,
                                 @QueryParam("whereaboutsKind") String whereaboutsKind) {
        access.require(LedgerWork.READ, disasterId);
        PersonSearchParameters parameters = new PersonSearchParameters(name, birthDate, address, municipality,
                damageGrades, careNeeded, sort, page, size, currentMunicipality, whereaboutsKind);
        PersonPage found = search.search(parameters.criteria(disasterId, access.scope(disasterId)), parameters.order(),
                parameters.pageRequest());
        return PersonListView.of(found, code -> referenceData.municipality(code).map(Municipality::name).orElse(null));
    }
}
