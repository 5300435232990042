package jp.tsunagu.support.cases;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.sharing.HostSupportRecorded;

/**
 * Support a host prefecture's municipality recorded through a sharing agreement is also an entry of the person's
 * support case, so the home and everyone else with access see one history: kind {@code SUPPORT} (category other, the
 * host's text as the note), for the host municipality, by the host's staff member. Runs in the home's transaction;
 * if it fails, the host's addition fails with it.
 */
@ApplicationScoped
public class HostSupportIntoCases {

    @Inject
    SupportCases cases;

    void record(@Observes HostSupportRecorded recorded) {
        for (String text : recorded.entries()) {
            NewCaseEntry entry = new NewCaseEntry(EntryKind.SUPPORT, recorded.at(), Optional.empty(),
                    Optional.of(NeedCategory.OTHER), Optional.empty(), Set.of(), text, Optional.empty());
            cases.record(recorded.disasterId(), recorded.personId(), entry, recorded.actingFor(), recorded.by());
        }
    }
}
