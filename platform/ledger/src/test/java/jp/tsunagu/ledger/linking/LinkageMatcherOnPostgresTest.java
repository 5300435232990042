package jp.tsunagu.ledger.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.csv.ImportLimits;
import jp.tsunagu.ledger.imports.job.ImportJob;
import jp.tsunagu.ledger.imports.job.ImportReport;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.testing.Samples;
import jp.tsunagu.ledger.testing.TestDatabase;
import jp.tsunagu.ledger.testing.TestKeys;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.NormalizationVersion;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A linking run with the real linker: the roster's evacuees are found in the register despite its notation. */
class LinkageMatcherOnPostgresTest {

    private static final Actor STAFF = new Actor("sub-17-1", "wajima-staff");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final TestDatabase database = TestDatabase.fresh();
    private final UUID disaster = database.disaster("令和6年能登半島地震", "ACTIVE");
    private final LinkageMatcher matcher = new LinkageMatcher(LinkerSettings.defaults().withHomePrefecture(PrefectureCode.of("17")));
    private final LinkingRun run = new LinkingRun(database.dataSource(), matcher, CLOCK);

    private LinkingReport importAndLink(String sample, String profile) {
        return importAndLink(disaster, sample, profile, Optional.empty());
    }

    private LinkingReport importAndLink(UUID into, String sample, String profile, Optional<PersonMatcher> keys) {
        ImportReport report = new ImportJob(new ImportRequest(TestDatabase.ISHIKAWA, into, Samples.path(sample), sample,
                BuiltInProfiles.require(profile), Optional.empty(), EncodingChoice.AUTO, STAFF), database.dataSource(),
                Optional.of(TestKeys.cipher()), ImportLimits.DEFAULT, CLOCK, 100, keys).call();
        return run.link(TestDatabase.ISHIKAWA, into, report.batchId(), STAFF);
    }

    @Test
    void registerEntriesInHalfWidthKanaAndEraCodesLinkToTheEvacueesOfTheRoster() {
        LinkingReport roster = importAndLink("shelter-roster.csv", BuiltInProfiles.SHELTER_ROSTER);
        LinkingReport register = importAndLink("resident-register.csv", BuiltInProfiles.RESIDENT_REGISTER);

        assertEquals(new LinkingReport(0, 4, 0), roster, "a household shares address and phone but not names or birth dates");
        assertEquals(new LinkingReport(3, 0, 0), register, "髙橋 一郎, 髙橋 﨑子 and 渡邊 健太 were on the roster");
        assertEquals(4, database.count("SELECT count(*) FROM tenant_17.ledger_person WHERE disaster_id = ?", disaster));
    }

    @Test
    void keysStoredAtImportAreTheKeysOfTheStoredColumnsAndLinkTheSame() {
        UUID withKeys = database.disaster("令和6年能登半島地震（鍵あり）", "ACTIVE");
        LinkingReport roster = importAndLink(withKeys, "shelter-roster.csv", BuiltInProfiles.SHELTER_ROSTER, Optional.of(matcher));
        LinkingReport register = importAndLink(withKeys, "resident-register.csv", BuiltInProfiles.RESIDENT_REGISTER,
                Optional.of(matcher));

        assertEquals(0, database.count("SELECT count(*) FROM tenant_17.ledger_source_record WHERE disaster_id = ?"
                + " AND (match_keys IS NULL OR match_keys NOT LIKE ?)", withKeys, NormalizationVersion.current() + "\t%"));
        assertEquals(importAndLink("shelter-roster.csv", BuiltInProfiles.SHELTER_ROSTER), roster);
        assertEquals(importAndLink("resident-register.csv", BuiltInProfiles.RESIDENT_REGISTER), register,
                "the same decisions as from records without keys, normalised at linking");
        assertEquals(0, database.count("SELECT count(*) FROM tenant_17.ledger_source_record r WHERE disaster_id = ?"
                + " AND match_keys IS NOT NULL", disaster));
    }
}
