package jp.tsunagu.support.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OrganisationConsentTest {

    static final Optional<String> NPO = Optional.of("NPO法人 のと復興支援ネット");

    @Test
    void consentToSupportOrganisationsCoversEveryOrganisation() {
        assertTrue(OrganisationConsent.covers(List.of("home-municipality", "support-organisations"), NPO));
        assertTrue(OrganisationConsent.covers(List.of("支援団体"), NPO));
        assertTrue(OrganisationConsent.covers(List.of(" 支援団体 "), Optional.empty()));
    }

    @Test
    void consentNamingTheOrganisationCoversItAsStaffTypeIt() {
        assertTrue(OrganisationConsent.covers(List.of("社会福祉協議会", "NPO法人 のと復興支援ネット"), NPO));
        assertTrue(OrganisationConsent.covers(List.of("ＮＰＯ法人　のと復興支援ネット"), NPO), "full-width letters and space");
    }

    @Test
    void consentToOthersOrToNobodyCoversNoOrganisation() {
        assertFalse(OrganisationConsent.covers(List.of(), NPO));
        assertFalse(OrganisationConsent.covers(List.of("home-municipality", "host-municipality", "prefecture"), NPO));
        assertFalse(OrganisationConsent.covers(List.of("社会福祉協議会"), NPO), "another organisation's name");
        assertFalse(OrganisationConsent.covers(List.of(""), Optional.of("")), "an empty name names nobody");
    }
}
