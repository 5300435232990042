package jp.tsunagu.ledger.sharing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A person as a host sees them through an agreement: the agreed items only (label and value), and, when whereabouts
 * are agreed, the current whereabouts' kind, municipality and time. No record ids, rules or history of the home's
 * sources. {@code currentMunicipality} is in the caller's own area (that is why they see the person).
 */
public record SharedPerson(UUID personId, String currentMunicipality, Map<String, AgreedItems.Shown> items,
                           Current whereabouts) {

    public record Current(String kind, String kindLabel, String municipality, Instant observedAt) {
    }
}
