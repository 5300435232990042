package jp.tsunagu.ledger.outreach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jp.tsunagu.audit.trail.Audited;
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.tenants.access.Allowed;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CallerKind;
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.access.RequiresRole;
import jp.tsunagu.tenants.access.TenantTransactional;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * Outreach segments of a disaster instance, for the prefecture admin: define, preview the count (no personal data),
 * list, hand over to a resident portal (webhook or drop-directory file).
 */
@Path("disasters/{disasterId}/segments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@TenantTransactional
@Allowed(CallerKind.PERSON)
@RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
@Tag(name = "Outreach", description = "Needs-based outreach segments handed to resident portals")
public class SegmentsResource {

    @Inject
    Segments segments;

    @Inject
    LedgerAccess access;

    @Inject
    CallerContext callers;

    public record SegmentView(UUID id, String name, String party, List<String> municipalities, List<String> prefectures,
                              List<String> needs, Instant definedAt, long count) {
        static SegmentView of(OutreachSegment segment, long count) {
            SegmentCriteria c = segment.criteria();
            return new SegmentView(segment.id(), segment.name(), c.party().slug(),
                    c.municipalities().stream().map(m -> m.value()).sorted().toList(),
                    c.prefectures().stream().map(Object::toString).sorted().toList(),
                    c.needs().stream().map(n -> n.slug()).sorted().toList(), segment.definedAt(), count);
        }
    }

    public record CountView(long count) {
    }

    public record DeliveryRequest(String portal, String channel) {
    }

    @POST
    @Path("preview")
    @Audited("ledger.outreach.preview")
    @Operation(summary = "How many persons the criteria hold now (a count, no personal data)")
    public CountView preview(@PathParam("disasterId") String disasterId, SegmentRequest body) {
        UUID disaster = disaster(disasterId);
        access.require(LedgerWork.READ, disaster);
        return new CountView(segments.count(disaster, required(body).criteria()));
    }

    @POST
    @Audited("ledger.outreach.define")
    @Operation(summary = "Define a segment")
    public Response define(@PathParam("disasterId") String disasterId, SegmentRequest body) {
        UUID disaster = disaster(disasterId);
        Actor by = access.require(LedgerWork.DECIDE, disaster);
        OutreachSegment segment = segments.define(disaster, required(body), by);
        return Response.status(Response.Status.CREATED)
                .entity(SegmentView.of(segment, segments.count(disaster, segment.criteria()))).build();
    }

    @GET
    @Audited("ledger.outreach.list")
    @Operation(summary = "The instance's segments with their current counts")
    public List<SegmentView> list(@PathParam("disasterId") String disasterId) {
        UUID disaster = disaster(disasterId);
        access.require(LedgerWork.READ, disaster);
        return segments.all(disaster).stream().map(s -> SegmentView.of(s, segments.count(disaster, s.criteria()))).toList();
    }

    @POST
    @Path("{segmentId}/deliveries")
    @Audited("ledger.outreach.deliver")
    @Operation(summary = "Hand the segment to a resident portal: channel webhook (default) or file")
    public Response deliver(@PathParam("disasterId") String disasterId, @PathParam("segmentId") String segmentId,
                            DeliveryRequest body) {
        UUID disaster = disaster(disasterId);
        Actor by = access.require(LedgerWork.EXPORT, disaster);
        if (body == null || body.portal() == null) {
            throw new InvalidRequestException("portal", "portal names the resident portal's client id");
        }
        Segments.Channel channel = body.channel() == null || body.channel().equals("webhook") ? Segments.Channel.WEBHOOK
                : body.channel().equals("file") ? Segments.Channel.FILE : null;
        if (channel == null) {
            throw new InvalidRequestException("channel", "channel is webhook or file");
        }
        Segments.Delivery delivery = segments.deliver(callers.require().requireTenant(),
                segments.find(disaster, uuid(segmentId)), body.portal(), channel, by, access.capacity(disaster));
        return Response.status(delivery.status().equals("DELIVERED") ? 201 : 502).entity(delivery).build();
    }

    private static SegmentRequest required(SegmentRequest body) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        return body;
    }

    private static UUID disaster(String id) {
        return uuid(id);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("not found");
        }
    }
}
