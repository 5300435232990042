package jp.tsunagu.audit.basis;

import java.util.Collection;

/**
 * Which ground of 災害対策基本法 90条の4第1項 covers a use of a victim's data, or a refusal naming the ground that would
 * be needed ({@link NoLegalBasisException}). Pure rules, no state: docs/audit.md, "Who reads under which basis".
 *
 * <ul>
 *   <li><b>Reading</b> follows from the capacity: the prefecture and affected municipalities use their own ledger
 *   (第2号); a host municipality, in the prefecture or through an agreement, is another local government receiving it
 *   for its support work (第3号); a support organisation reads only what the person consented to give it, and the
 *   person may always see their own data (第1号).</li>
 *   <li><b>Exporting</b> the whole ledger is internal use only: a bulk copy for someone else would be a provision.</li>
 *   <li><b>Providing</b> names its ground explicitly. Under 第1号 the recipient is the person or one they consented
 *   to; 第2号 and 第3号 can only be invoked by whoever holds the data for its own duties (an internal user): a
 *   recipient under 第3号 may use the data but does not pass it on.</li>
 * </ul>
 */
public final class BasisPolicy {

    /** The recipient name for a provision to the person themself (本人への提供). */
    public static final String SELF = "本人";

    private BasisPolicy() {
    }

    /**
     * The basis on which {@code accessor} reads a person's data. {@code consented} says whether the person's consent
     * covers this accessor; it matters only for those who have no ground of their own (support organisations).
     */
    public static LegalBasis forRead(Accessor accessor, boolean consented) {
        return switch (accessor) {
            case PREFECTURE, AFFECTED_MUNICIPALITY -> LegalBasis.INTERNAL_USE;
            case HOST_MUNICIPALITY, AGREEMENT_HOST -> LegalBasis.OTHER_LOCAL_GOVERNMENT;
            case RESIDENT -> LegalBasis.CONSENT_OR_SELF;
            case SUPPORT_ORGANISATION -> {
                if (!consented) {
                    throw new NoLegalBasisException(LegalBasis.CONSENT_OR_SELF, null,
                            "a support organisation reads a person's data only with the person's consent");
                }
                yield LegalBasis.CONSENT_OR_SELF;
            }
        };
    }

    /** The basis of a read by someone whose capacity gives one of its own (no consent to consider). */
    public static LegalBasis forRead(Accessor accessor) {
        return forRead(accessor, false);
    }

    /** A whole-ledger export: internal use only. */
    public static LegalBasis forExport(Accessor accessor) {
        if (forRead(accessor, false) != LegalBasis.INTERNAL_USE) {
            throw new NoLegalBasisException(LegalBasis.INTERNAL_USE, null,
                    "a whole-ledger export is internal use of the municipality or prefecture that keeps the ledger");
        }
        return LegalBasis.INTERNAL_USE;
    }

    /**
     * Checks a provision on the {@code claimed} ground and returns it. {@code recipient} is who receives it
     * ({@link #SELF} for the person), {@code consentedParties} those the person consented to.
     */
    public static LegalBasis forProvision(Accessor provider, LegalBasis claimed, String recipient,
                                          Collection<String> consentedParties) {
        String to = recipient.strip();
        switch (claimed) {
            case CONSENT_OR_SELF -> {
                if (!to.equals(SELF) && !consentedParties.contains(to)) {
                    throw new NoLegalBasisException(LegalBasis.CONSENT_OR_SELF, "recipient",
                            "the person has not consented to provision to this recipient");
                }
            }
            case INTERNAL_USE, OTHER_LOCAL_GOVERNMENT -> {
                if (forRead(provider, false) != LegalBasis.INTERNAL_USE) {
                    throw new NoLegalBasisException(claimed, "legalBasis", "only the municipality or prefecture that"
                            + " keeps the ledger provides on this ground; a recipient does not pass the data on");
                }
            }
        }
        return claimed;
    }
}
