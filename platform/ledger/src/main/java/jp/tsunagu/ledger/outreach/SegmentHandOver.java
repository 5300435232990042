package jp.tsunagu.ledger.outreach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a portal receives for a segment: which residents to contact, by the portal's own references (the reference of
 * the resident's account and the submission it last sent), nothing else of them.
 */
public record SegmentHandOver(UUID segmentId, UUID deliveryId, String segmentName, Instant deliveredAt,
                              List<Resident> residents) {

    public record Resident(String residentReference, String submissionId) {
    }
}
