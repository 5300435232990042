package jp.tsunagu.ledger.selfreport;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a resident consented to in one report: given or withdrawn, to which parties, under which version of the consent
 * text, when. A later statement replaces an earlier one (a withdrawal is a statement that gives nothing).
 */
public record ConsentStatement(boolean given, Set<ConsentParty> parties, String textVersion, Instant statedAt) {

    /** What the ledger's consent item states when consent was withdrawn: no recipient matches it. */
    public static final String WITHDRAWN = "none";

    public ConsentStatement {
        parties = parties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parties));
        Objects.requireNonNull(textVersion, "textVersion");
        Objects.requireNonNull(statedAt, "statedAt");
        if (given && parties.isEmpty()) {
            throw new IllegalArgumentException("consent given names at least one party");
        }
        if (!given) {
            parties = Set.of();
        }
    }

    /** Whether this statement allows provision to the party. */
    public boolean covers(ConsentParty party) {
        return given && parties.contains(party);
    }

    /** The ledger's consent item: the parties' slugs in a stable order, or {@link #WITHDRAWN}. */
    public List<String> consentedParties() {
        if (!given) {
            return List.of(WITHDRAWN);
        }
        return EnumSet.copyOf(parties).stream().map(ConsentParty::slug).toList();
    }
}
