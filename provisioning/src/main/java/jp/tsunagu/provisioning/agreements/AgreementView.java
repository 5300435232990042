package jp.tsunagu.provisioning.agreements;

import java.time.Instant;
import java.util.List;

import jp.tsunagu.provisioning.audit.Actor;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * An agreement as one of its parties sees it. {@code side} is the viewer's (home or host). Who acted is shown by
 * login name only to the prefecture whose admin acted; the other party sees which prefecture acted and when.
 */
public record AgreementView(String id, String side, String homePrefecture, String hostPrefecture, String disasterId,
                            String disasterName, List<String> hostMunicipalities, List<String> items,
                            List<String> permissions, String purpose, Instant validFrom, Instant validUntil,
                            String status, String state, String proposedBy, Instant proposedAt, String decidedBy,
                            Instant decidedAt, String decisionReason, String revokedByPrefecture, String revokedBy,
                            Instant revokedAt, String revocationReason) {

    public static AgreementView of(SharingAgreement a, PrefectureCode viewer, Instant now) {
        PrefectureCode home = a.home();
        PrefectureCode host = a.host();
        return new AgreementView(a.id().toString(), viewer.equals(home) ? "home" : "host", home.value(), host.value(),
                a.disasterId().toString(), a.disasterName(),
                a.hostMunicipalities().stream().map(Object::toString).toList(),
                a.items().stream().sorted().map(SharedItem::id).toList(),
                a.permissions().stream().sorted().map(SharingPermission::id).toList(),
                a.purpose(), a.validFrom(), a.validUntil(), a.status().name(), a.stateAt(now).name(),
                nameFor(viewer, home, a.proposedBy()), a.proposedAt(),
                a.decidedBy().map(actor -> nameFor(viewer, host, actor)).orElse(null), a.decidedAt().orElse(null),
                a.decisionReason().orElse(null), a.revokedByPrefecture().map(PrefectureCode::value).orElse(null),
                a.revokedBy().flatMap(actor -> a.revokedByPrefecture().map(by -> nameFor(viewer, by, actor)))
                        .orElse(null),
                a.revokedAt().orElse(null), a.revocationReason().orElse(null));
    }

    private static String nameFor(PrefectureCode viewer, PrefectureCode actingSide, Actor actor) {
        return viewer.equals(actingSide) ? actor.username() : "(" + actingSide.value() + ")";
    }
}
