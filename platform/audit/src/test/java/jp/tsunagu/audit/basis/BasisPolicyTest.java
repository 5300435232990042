package jp.tsunagu.audit.basis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class BasisPolicyTest {

    @Test
    void readersWithAGroundOfTheirOwnReadOnIt() {
        assertEquals(LegalBasis.INTERNAL_USE, BasisPolicy.forRead(Accessor.PREFECTURE));
        assertEquals(LegalBasis.INTERNAL_USE, BasisPolicy.forRead(Accessor.AFFECTED_MUNICIPALITY));
        assertEquals(LegalBasis.OTHER_LOCAL_GOVERNMENT, BasisPolicy.forRead(Accessor.HOST_MUNICIPALITY));
        assertEquals(LegalBasis.OTHER_LOCAL_GOVERNMENT, BasisPolicy.forRead(Accessor.AGREEMENT_HOST));
        assertEquals(LegalBasis.CONSENT_OR_SELF, BasisPolicy.forRead(Accessor.RESIDENT));
    }

    @Test
    void aSupportOrganisationReadsOnlyWithConsent() {
        NoLegalBasisException refused = assertThrows(NoLegalBasisException.class,
                () -> BasisPolicy.forRead(Accessor.SUPPORT_ORGANISATION));
        assertEquals(LegalBasis.CONSENT_OR_SELF, refused.missing());
        assertEquals("missing-basis-consent-or-self", refused.slug());
        assertEquals("https://tsunagu.jp/problems/missing-basis-consent-or-self", refused.type());
        assertEquals("90条の4第1項第1号", refused.members().get("article"));
        assertEquals(403, refused.kind().status());
        assertEquals(LegalBasis.CONSENT_OR_SELF, BasisPolicy.forRead(Accessor.SUPPORT_ORGANISATION, true));
    }

    @Test
    void onlyInternalUsersExportTheWholeLedger() {
        assertEquals(LegalBasis.INTERNAL_USE, BasisPolicy.forExport(Accessor.AFFECTED_MUNICIPALITY));
        assertEquals(LegalBasis.INTERNAL_USE, BasisPolicy.forExport(Accessor.PREFECTURE));
        for (Accessor other : Set.of(Accessor.HOST_MUNICIPALITY, Accessor.AGREEMENT_HOST, Accessor.RESIDENT)) {
            assertEquals("missing-basis-internal-use",
                    assertThrows(NoLegalBasisException.class, () -> BasisPolicy.forExport(other)).slug());
        }
    }

    @Test
    void aProvisionUnderConsentGoesToThePersonOrWhomTheyConsentedTo() {
        Set<String> consented = Set.of("輪島市社会福祉協議会");
        assertEquals(LegalBasis.CONSENT_OR_SELF, BasisPolicy.forProvision(Accessor.AFFECTED_MUNICIPALITY,
                LegalBasis.CONSENT_OR_SELF, "本人", Set.of()));
        assertEquals(LegalBasis.CONSENT_OR_SELF, BasisPolicy.forProvision(Accessor.HOST_MUNICIPALITY,
                LegalBasis.CONSENT_OR_SELF, " 輪島市社会福祉協議会 ", consented));
        NoLegalBasisException refused = assertThrows(NoLegalBasisException.class, () -> BasisPolicy.forProvision(
                Accessor.AFFECTED_MUNICIPALITY, LegalBasis.CONSENT_OR_SELF, "NPO法人のと支援", consented));
        assertEquals("missing-basis-consent-or-self", refused.slug());
        assertEquals("recipient", refused.members().get("field"));
    }

    @Test
    void onlyWhoeverKeepsTheLedgerProvidesItToAnotherLocalGovernment() {
        assertEquals(LegalBasis.OTHER_LOCAL_GOVERNMENT, BasisPolicy.forProvision(Accessor.AFFECTED_MUNICIPALITY,
                LegalBasis.OTHER_LOCAL_GOVERNMENT, "金沢市", Set.of()));
        NoLegalBasisException onward = assertThrows(NoLegalBasisException.class, () -> BasisPolicy.forProvision(
                Accessor.HOST_MUNICIPALITY, LegalBasis.OTHER_LOCAL_GOVERNMENT, "富山市", Set.of()));
        assertEquals("missing-basis-other-local-government", onward.slug());
        assertEquals("legalBasis", onward.members().get("field"));
        assertThrows(NoLegalBasisException.class, () -> BasisPolicy.forProvision(Accessor.AGREEMENT_HOST,
                LegalBasis.INTERNAL_USE, "富山県", Set.of()));
    }

    @Test
    void wireNamesAreTheApisAndConsentIsAccepted() {
        assertEquals("other-local-government", LegalBasis.OTHER_LOCAL_GOVERNMENT.wireName());
        assertEquals(LegalBasis.CONSENT_OR_SELF, LegalBasis.ofWireName("consent").orElseThrow());
        assertEquals(LegalBasis.INTERNAL_USE, LegalBasis.ofWireName(" Internal-Use ").orElseThrow());
        assertEquals(java.util.Optional.empty(), LegalBasis.ofWireName("because"));
    }
}
