package jp.tsunagu.ledger.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.audit.basis.NoLegalBasisException;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.imports.profile.ImportProfiles;
import jp.tsunagu.ledger.imports.profile.InvalidProfileException;
import jp.tsunagu.ledger.linking.ExactKeyMatcher;
import jp.tsunagu.ledger.linking.LinkingReport;
import jp.tsunagu.ledger.linking.LinkingRun;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.provision.Provision;
import jp.tsunagu.ledger.provision.ProvisionRefusedException;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.view.DerivationRule;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestJpa;
import jp.tsunagu.ledger.testing.TestKeys;

/**
 * The ledger end to end on PostgreSQL: two sources imported and linked, the derived view read through JPA with its
 * traces, a staff correction, a wrong merge undone, a provision recorded under the consent rule.
 */
class LedgerOnPostgresTest {

    static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    static final Actor LEAD = new Actor("sub-17-2", "wajima-lead");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static TestDatabase database;
    static TestJpa jpa;
    static UUID disaster;
    static LinkingReport rosterLinks;
    static LinkingReport registerLinks;

    @BeforeAll
    static void importAndLinkTwoSources() {
        database = TestDatabase.fresh();
        jpa = new TestJpa(database);
        disaster = database.disaster("令和6年能登半島地震", "ACTIVE");
        rosterLinks = importAndLink("shelter-roster.csv", BuiltInProfiles.SHELTER_ROSTER);
        registerLinks = importAndLink("resident-register.csv", BuiltInProfiles.RESIDENT_REGISTER);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    static LinkingReport importAndLink(String sample, String profile) {
        ImportReport report = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, disaster, Samples.path(sample), sample,
                BuiltInProfiles.require(profile), Optional.empty(), EncodingChoice.AUTO, STAFF), database.dataSource(),
                Optional.of(TestKeys.cipher()), ImportLimits.DEFAULT, CLOCK, 100).call();
        return new LinkingRun(database.dataSource(), new ExactKeyMatcher(), CLOCK)
                .link(TestDatabase.ISHIKAWA, disaster, report.batchId(), STAFF);
    }

    @Test
    void linkingFindsTheRegisterEntriesOfTheEvacuees() {
        assertEquals(4, rosterLinks.created());
        assertEquals(3, registerLinks.linked(), "髙橋 一郎, 髙橋 﨑子 and 渡邊 健太 were on the roster");
        assertEquals(4, database.count("SELECT count(*) FROM tenant_17.ledger_person WHERE disaster_id = ?", disaster));
        LinkingReport again = new LinkingRun(database.dataSource(), new ExactKeyMatcher(), CLOCK)
                .link(TestDatabase.ISHIKAWA, disaster, batchOf("resident-register.csv"), STAFF);
        assertEquals(0, again.total(), "records linked already are left alone");
    }

    @Test
    void aRunThatStoppedBetweenItsPagesAndTheirSummariesRewritesThemWhenRunAgain() {
        UUID batch = batchOf("resident-register.csv");
        String personsOfBatch = "SELECT l.person_id FROM tenant_17.ledger_record_link l JOIN tenant_17.ledger_source_record r"
                + " ON r.id = l.record_id WHERE l.state = 'ACTIVE' AND r.batch_id = '" + batch + "'";
        long summaries = database.count("SELECT count(*) FROM tenant_17.ledger_person_summary WHERE person_id IN ("
                + personsOfBatch + ")");
        assertTrue(summaries > 0);
        // What a node that died after committing the batch's pages and before their summaries leaves behind.
        database.execute("DELETE FROM tenant_17.ledger_person_summary WHERE person_id IN (" + personsOfBatch + ")");
        database.execute("UPDATE tenant_17.ledger_import_batch SET linked_at = NULL WHERE id = '" + batch + "'");

        LinkingReport again = new LinkingRun(database.dataSource(), new ExactKeyMatcher(), CLOCK)
                .link(TestDatabase.ISHIKAWA, disaster, batch, STAFF);

        assertEquals(0, again.total(), "nothing left to link");
        assertEquals(summaries, database.count("SELECT count(*) FROM tenant_17.ledger_person_summary WHERE person_id IN ("
                + personsOfBatch + ")"), "every person of the batch is listed again");
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.ledger_import_batch WHERE id = ?"
                + " AND linked_at IS NOT NULL", batch));
    }

    @Test
    void theViewCombinesSourcesByTheRulesAndTracesEachValue() {
        UUID ichiro = personOf("resident-register.csv", 1);
        LedgerView view = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, ichiro));
        assertEquals(Optional.of("髙橋 一郎"), view.fullName(), "the register's spelling, not the roster's (with 　)");
        assertEquals(DerivationRule.RESIDENT_REGISTER, view.item(LedgerField.FULL_NAME).orElseThrow().rule());
        assertEquals(List.of(recordOf("resident-register.csv", 1)), view.item(LedgerField.FULL_NAME).orElseThrow().sources());
        assertEquals(Optional.of("輪島市立輪島中学校"), view.whereabouts());
        assertEquals(List.of(recordOf("shelter-roster.csv", 1)), view.item(LedgerField.WHEREABOUTS).orElseThrow().sources());
        assertEquals(2, view.records().size());
        assertTrue(view.myNumber().isPresent(), "from the register, encrypted");
    }

    @Test
    void aStaffCorrectionIsARecordThatWinsAndCanBeTraced() {
        UUID kenta = personOf("shelter-roster.csv", 3);
        UUID correction = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).correct(disaster, kenta,
                RecordValues.builder().set(LedgerField.WHEREABOUTS, "輪島市内の親族宅").build(), "本人から電話で申告", LEAD).id());
        LedgerView view = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, kenta));
        assertEquals(Optional.of("輪島市内の親族宅"), view.whereabouts());
        assertEquals(List.of(correction), view.item(LedgerField.WHEREABOUTS).orElseThrow().sources());
        assertEquals(DerivationRule.STAFF_CORRECTION, view.item(LedgerField.WHEREABOUTS).orElseThrow().rule());
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE id = ?"
                + " AND source_kind = 'STAFF_CORRECTION' AND received_by_username = 'wajima-lead'", correction));
    }

    @Test
    void aWrongMergeIsUndoneAndTheLedgerIsExactlyAsBefore() {
        UUID sakiko = personOf("shelter-roster.csv", 2);
        UUID hinata = personOf("shelter-roster.csv", 4);
        LedgerView sakikoBefore = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, sakiko));
        LedgerView hinataBefore = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, hinata));
        Set<String> linksBefore = activeLinks();

        UUID merge = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).merge(disaster, sakiko, hinata, OptionalDouble.of(0.41),
                Optional.of("householdKey:EXACT;fullName:DIFFERENT"), "世帯番号が同じ", LEAD).id());
        assertEquals(3, jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, sakiko)).records().size());

        jpa.inTenant(em -> {
            new LedgerPersons(em, CLOCK).undoMerge(disaster, merge, "別人と判明", LEAD);
            return null;
        });
        assertEquals(linksBefore, activeLinks());
        assertEquals(sakikoBefore.items(), jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, sakiko)).items());
        assertEquals(hinataBefore.items(), jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, hinata)).items());
        assertEquals(Boolean.TRUE, jpa.inTenant(em -> new LedgerPersons(em, CLOCK).require(disaster, hinata).isActive()));
        assertEquals(1, database.count("SELECT count(*) FROM tenant_17.ledger_person_merge WHERE id = ?"
                + " AND undone_by_username = 'wajima-lead' AND score = 0.41 AND undo_reason = '別人と判明'", merge));
        assertThrows(LedgerConflictException.class, () -> jpa.inTenant(em -> {
            new LedgerPersons(em, CLOCK).undoMerge(disaster, merge, "別人と判明", LEAD);
            return null;
        }));
    }

    @Test
    void aProvisionIsRecordedWithItsBasisAndRefusedWithoutConsent() {
        UUID ichiro = personOf("resident-register.csv", 1);
        LedgerView view = jpa.inTenant(em -> new LedgerPersons(em, CLOCK).view(disaster, ichiro));
        assertThrows(NoLegalBasisException.class, () -> Provision.record(disaster, view, "NPO法人のと支援", LegalBasis.CONSENT_OR_SELF,
                "見守り訪問", EnumSet.of(LedgerField.FULL_NAME, LedgerField.WHEREABOUTS), MyNumberDisclosure.withheld(), STAFF,
                Accessor.AFFECTED_MUNICIPALITY, CLOCK.instant()));
        assertThrows(ProvisionRefusedException.class, () -> Provision.record(disaster, view, "珠洲市", LegalBasis.OTHER_LOCAL_GOVERNMENT,
                "広域避難者の支援", EnumSet.of(LedgerField.MY_NUMBER), MyNumberDisclosure.withheld(), STAFF,
                Accessor.AFFECTED_MUNICIPALITY, CLOCK.instant()));
        UUID provision = jpa.inTenant(em -> {
            Provision p = Provision.record(disaster, view, "金沢市", LegalBasis.OTHER_LOCAL_GOVERNMENT, "広域避難者の支援",
                    EnumSet.of(LedgerField.FULL_NAME, LedgerField.BIRTH_DATE, LedgerField.WHEREABOUTS),
                    MyNumberDisclosure.withheld(), STAFF, Accessor.AFFECTED_MUNICIPALITY, CLOCK.instant());
            em.persist(p);
            return p.id();
        });
        Provision stored = jpa.inTenant(em -> em.find(Provision.class, provision));
        assertEquals(EnumSet.of(LedgerField.FULL_NAME, LedgerField.BIRTH_DATE, LedgerField.WHEREABOUTS), stored.items());
        assertEquals(LegalBasis.OTHER_LOCAL_GOVERNMENT, stored.legalBasis());
        assertEquals(STAFF, stored.providedBy());
    }

    @Test
    void usersDefineProfilesPerTenantWithoutCode() {
        jpa.inTenant(em -> new ImportProfiles(em, CLOCK).define("""
                {"name": "suzu-visits", "title": "珠洲市 訪問記録", "sourceKind": "OUTREACH_VISIT",
                 "columns": [{"field": "fullName", "headers": ["お名前"]}, {"field": "observedAt", "headers": ["日付"]}]}""", STAFF));
        assertEquals(Optional.of(SourceKind.OUTREACH_VISIT),
                jpa.inTenant(em -> new ImportProfiles(em, CLOCK).require("suzu-visits")).sourceKind());
        assertEquals(BuiltInProfiles.all().size() + 1, jpa.inTenant(em -> new ImportProfiles(em, CLOCK).all()).size());
        assertThrows(InvalidProfileException.class, () -> jpa.inTenant(em -> new ImportProfiles(em, CLOCK).define(
                "{\"name\": \"shelter-roster\", \"columns\": [{\"field\": \"fullName\", \"headers\": [\"氏名\"]}]}", STAFF)));
    }

    private static Set<String> activeLinks() {
        return jpa.inTenant(em -> em.createQuery("select l from RecordLink l where l.state = :active", RecordLink.class)
                .setParameter("active", LinkState.ACTIVE).getResultStream()
                .map(l -> l.id() + ">" + l.recordId() + ">" + l.personId()).collect(Collectors.toSet()));
    }

    private static UUID batchOf(String fileName) {
        return jpa.inTenant(em -> (UUID) em.createNativeQuery("SELECT id FROM ledger_import_batch WHERE file_name = ?1")
                .setParameter(1, fileName).getSingleResult());
    }

    private static UUID recordOf(String fileName, long row) {
        return jpa.inTenant(em -> em.createQuery("select r.id from SourceRecord r where r.fileName = :file and r.rowNumber = :row", UUID.class)
                .setParameter("file", fileName).setParameter("row", row).getSingleResult());
    }

    private static UUID personOf(String fileName, long row) {
        UUID record = recordOf(fileName, row);
        return jpa.inTenant(em -> em.createQuery("select l.personId from RecordLink l where l.recordId = :record and l.state = :active", UUID.class)
                .setParameter("record", record).setParameter("active", LinkState.ACTIVE).getSingleResult());
    }
}
