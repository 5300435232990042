package jp.tsunagu.ledger.outreach;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.BasisPolicy;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.audit.trail.AuditNotes;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.dropbox.DropDirectory;
import jp.tsunagu.ledger.imports.csv.CsvWriter;
import jp.tsunagu.ledger.selfreport.ConsentStatement;
import jp.tsunagu.tenants.access.ServiceClientDirectory;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Segments of a disaster instance: defined, counted, handed to a portal. Runs in a transaction bound to the tenant.
 * A hand-over holds the members the portal knows (it received a report of theirs), is recorded with its count, and
 * each member's provision (90条の4第1項第1号, consent) is checked against the member's latest consent
 * ({@link BasisPolicy#forProvision}), recorded on their ledger entry and noted for the access log.
 */
@ApplicationScoped
public class Segments {

    public enum Channel { WEBHOOK, FILE }

    /** The outcome of one hand-over: how many, how, and whether the portal took it. */
    public record Delivery(UUID id, UUID segmentId, String portal, Channel channel, int persons, String status,
                           Instant deliveredAt, Optional<String> file) {
    }

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    CurrentSituations situations;

    @Inject
    ServiceClientDirectory clients;

    @Inject
    WebhookSender webhooks;

    @Inject
    DropDirectory dropDirectory;

    @Inject
    Clock clock;

    @Inject
    AuditNotes notes;

    public OutreachSegment define(UUID disasterId, SegmentRequest request, Actor by) {
        OutreachSegment segment = new OutreachSegment(disasterId, request.validName(), request.criteria(), by, clock.instant());
        em.persist(segment);
        return segment;
    }

    /** How many persons the criteria hold now (whichever portal knows them). */
    public long count(UUID disasterId, SegmentCriteria criteria) {
        return situations.of(disasterId).stream().filter(criteria::includes).count();
    }

    public OutreachSegment find(UUID disasterId, UUID segmentId) {
        OutreachSegment segment = em.find(OutreachSegment.class, segmentId);
        if (segment == null || !segment.disasterId().equals(disasterId)) {
            throw new NotFoundException("no segment with this id");
        }
        return segment;
    }

    public List<OutreachSegment> all(UUID disasterId) {
        return em.createQuery("select s from OutreachSegment s where s.disasterId = :d order by s.definedAt",
                OutreachSegment.class).setParameter("d", disasterId).getResultList();
    }

    /**
     * Hands the segment to the portal: by its registered webhook, or as a CSV file in the drop directory's
     * {@code out}. A webhook that fails after its retries is recorded as FAILED (no provisions) and answered so.
     */
    public Delivery deliver(PrefectureCode tenant, OutreachSegment segment, String portal, Channel channel, Actor by,
                            Accessor capacity) {
        boolean residentPortal = clients.registeredRoles(tenant, portal)
                .filter(roles -> roles.contains(jp.tsunagu.tenants.access.ServiceRoles.RESIDENT_PORTAL)).isPresent();
        if (!residentPortal) {
            throw new InvalidRequestException("portal", "portal names a registered resident portal of the tenant");
        }
        SegmentCriteria criteria = segment.criteria();
        List<PersonContact> members = situations.of(segment.disasterId()).stream().filter(criteria::includes)
                .flatMap(person -> person.contacts().stream().filter(c -> c.portal().equals(portal))
                        .map(contact -> new PersonContact(person.personId(), contact, person.consent())))
                .toList();
        // The criteria hold only persons whose consent covers the party; the ground is still decided by the audit
        // module's rule, per member, so a segment can never hand over someone the rule would refuse.
        LegalBasis basis = LegalBasis.CONSENT_OR_SELF;
        for (PersonContact member : members) {
            BasisPolicy.forProvision(capacity, basis, criteria.party().slug(),
                    member.consent().map(ConsentStatement::consentedParties).orElse(List.of()));
        }
        UUID deliveryId = UUID.randomUUID();
        Instant now = clock.instant();
        SegmentHandOver handOver = new SegmentHandOver(segment.id(), deliveryId, segment.name(), now, members.stream()
                .map(m -> new SegmentHandOver.Resident(m.contact().residentReference().orElse(null), m.contact().submissionId()))
                .toList());
        Optional<String> file = Optional.empty();
        String status = "DELIVERED";
        if (channel == Channel.WEBHOOK) {
            URI webhook = clients.webhookOf(tenant, portal).orElseThrow(() -> new InvalidRequestException("portal",
                    "the portal has no webhook registered; hand the segment over as a file"));
            try {
                webhooks.send(webhook, handOver);
            } catch (RuntimeException e) {
                status = "FAILED";
            }
        } else {
            java.nio.file.Path root = dropDirectory.root().orElseThrow(NoDropDirectoryException::new);
            String name = "segment-" + segment.id() + "-" + deliveryId + ".csv";
            dropDirectory.writeOut(root, tenant, segment.disasterId(), name, csv(handOver));
            file = Optional.of(name);
        }
        em.createNativeQuery("INSERT INTO ledger_outreach_delivery (id, segment_id, portal_client_id, channel, person_count,"
                        + " status, delivered_by_subject, delivered_by_username, delivered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, deliveryId).setParameter(2, segment.id()).setParameter(3, portal)
                .setParameter(4, channel.name().toLowerCase(java.util.Locale.ROOT)).setParameter(5, members.size())
                .setParameter(6, status).setParameter(7, by.subject()).setParameter(8, by.username())
                .setParameter(9, Timestamp.from(now)).executeUpdate();
        if (status.equals("DELIVERED")) {
            for (PersonContact member : members) {
                em.createNativeQuery("INSERT INTO ledger_provision (id, disaster_id, person_id, recipient, legal_basis, purpose,"
                                + " items, provided_by_subject, provided_by_username, provided_at)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, segment.disasterId())
                        .setParameter(3, member.personId()).setParameter(4, portal)
                        .setParameter(5, basis.name())
                        .setParameter(6, "outreach: " + segment.name()).setParameter(7, "residentReference,submissionId")
                        .setParameter(8, by.subject()).setParameter(9, by.username()).setParameter(10, Timestamp.from(now))
                        .executeUpdate();
            }
        }
        if (status.equals("DELIVERED")) {
            notes.persons(members.stream().map(PersonContact::personId).toList());
            notes.items(List.of("residentReference", "submissionId"));
            notes.basis(basis);
        }
        notes.reference("ledger_outreach_delivery:" + deliveryId + " persons=" + members.size());
        return new Delivery(deliveryId, segment.id(), portal, channel, members.size(), status, now, file);
    }

    private record PersonContact(UUID personId, PersonSituation.PortalContact contact,
                                 Optional<ConsentStatement> consent) {
    }

    private static byte[] csv(SegmentHandOver handOver) {
        java.io.StringWriter text = new java.io.StringWriter();
        CsvWriter csv = new CsvWriter(text).bom().row(List.of("resident_reference", "submission_id"));
        for (SegmentHandOver.Resident resident : handOver.residents()) {
            csv.row(java.util.Arrays.asList(resident.residentReference(), resident.submissionId()));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The installation has no drop directory (tsunagu.dropbox.directory). */
    public static class NoDropDirectoryException extends ProblemException {
        NoDropDirectoryException() {
            super(ProblemKind.CONFLICT, "channel", "this installation has no drop directory; use the webhook");
        }
    }
}
