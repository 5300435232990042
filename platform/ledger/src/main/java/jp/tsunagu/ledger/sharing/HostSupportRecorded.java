package jp.tsunagu.ledger.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.tsunagu.ledger.access.ActingFor;
import jp.tsunagu.ledger.audit.Actor;

/**
 * A host added support records (援護の実施状況) to a home's person through an agreement. Fired synchronously inside the
 * transaction bound to the home tenant, after the ledger record was written, so that what is kept elsewhere about the
 * person's support (the support case, platform/support) gets the same entries, attributed to the host municipality
 * ({@code actingFor}: {@code AGREEMENT_HOST_MUNICIPALITY} and its code) and its staff member.
 */
public record HostSupportRecorded(UUID disasterId, UUID personId, List<String> entries, ActingFor actingFor, Actor by,
                                  Instant at, UUID agreementId) {

    public HostSupportRecorded {
        entries = List.copyOf(entries);
    }
}
