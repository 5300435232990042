package jp.tsunagu.ledger.review;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.access.PersonVisibility;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.person.LedgerPersons;
import jp.tsunagu.ledger.person.RecordLink;
import jp.tsunagu.ledger.person.ReviewDecisions;
import jp.tsunagu.ledger.person.rest.EvidenceView;
import jp.tsunagu.ledger.person.rest.PersonDetails;
import jp.tsunagu.ledger.person.rest.RecordView;
import jp.tsunagu.ledger.record.SourceRecord;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;

/** The review queue: records linkage was unsure about, shown beside their candidate, and the staff's decisions. */
@Path("disasters/{disasterId}/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@Tag(name = "ledger")
public class ReviewsResource {

    static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    LedgerAccess access;

    @Inject
    ReviewQueue queue;

    @Inject
    ReviewDecisions decisions;

    @Inject
    LedgerPersons persons;

    @Inject
    PersonDetails details;

    @Inject
    PersonVisibility visibility;

    @GET
    @Operation(summary = "Open reviews, oldest first, each with both persons' entries side by side and the evidence")
    public ReviewView.Page list(@PathParam("disasterId") UUID disasterId,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        access.require(LedgerWork.READ, disasterId);
        if (page < 0) {
            throw new InvalidRequestException("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "size is 1 to " + MAX_PAGE_SIZE);
        }
        PersonScope scope = access.scope(disasterId);
        return new ReviewView.Page(queue.page(disasterId, scope, page, size).stream().map(l -> view(disasterId, l)).toList(),
                page, size, queue.count(disasterId, scope));
    }

    @POST
    @Path("{linkId}/decision")
    @Operation(summary = "Decide a review: same-person merges the record's person into the candidate, different-persons"
            + " keeps them apart; the reason is required and a review is decided once")
    public DecisionView decide(@PathParam("disasterId") UUID disasterId, @PathParam("linkId") UUID linkId,
                               ReviewDecisionRequest body) {
        Actor staff = access.require(LedgerWork.DECIDE, disasterId);
        if (body == null) {
            throw new InvalidRequestException("decision", "a JSON body with a decision and a reason is required");
        }
        requireVisible(disasterId, linkId);
        ReviewDecisionRequest.Answer answer = body.answer();
        String reason = body.checkedReason();
        ReviewDecisions.Decided decided = switch (answer) {
            case SAME_PERSON -> decisions.samePerson(disasterId, linkId, reason, staff);
            case DIFFERENT_PERSONS -> decisions.differentPersons(disasterId, linkId, reason, staff);
        };
        return DecisionView.of(linkId, answer, decided);
    }

    /** A review the caller cannot see (neither its record's person nor its candidate is theirs) is not found. */
    private void requireVisible(UUID disasterId, UUID linkId) {
        PersonScope scope = access.scope(disasterId);
        RecordLink link = em.find(RecordLink.class, linkId);
        if (scope.everyone() || link == null || !link.disasterId().equals(disasterId)) {
            return;
        }
        boolean sees = visibility.sees(scope, disasterId, link.personId())
                || link.candidatePersonId().map(c -> visibility.sees(scope, disasterId, c)).orElse(false);
        if (!sees) {
            throw new NotFoundException("no review with this id in this disaster");
        }
    }

    private ReviewView view(UUID disasterId, RecordLink review) {
        UUID proposed = review.candidatePersonId().orElseThrow();
        UUID candidate = persons.current(disasterId, proposed).id();
        return new ReviewView(review.id().toString(), review.score().isPresent() ? review.score().getAsDouble() : null,
                EvidenceView.parse(review.evidence()).orElse(null), review.decidedBy().username(), review.decidedAt(),
                RecordView.of(em.find(SourceRecord.class, review.recordId()), review), proposed.toString(),
                details.entry(disasterId, review.personId()), details.entry(disasterId, candidate));
    }
}
