package jp.tsunagu.ledger.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.csv.EncodingChoice;
import jp.tsunagu.ledger.imports.profile.BuiltInProfiles;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** What an uploader may say about a file, and the source kind an import gets from it and its profile. */
class ImportOptionsTest {

    @Test
    void withoutOptionsAFileIsReadInTheStandardFormatWithItsEncodingDetected() {
        ImportOptions options = ImportOptions.of(null, null, null, null);
        assertEquals(BuiltInProfiles.STANDARD, options.profile());
        assertEquals(EncodingChoice.AUTO, options.encoding());
        assertEquals(Optional.empty(), options.fileName());
        assertEquals(Optional.of("roster.csv"), options.orNamed(Optional.of("roster.csv")).fileName());
    }

    @Test
    void encodingsAndKindsAreReadLooselyAndAWrongOneNamesItsParameter() {
        assertEquals(EncodingChoice.SHIFT_JIS, ImportOptions.of(null, null, "shift_jis", null).encoding());
        assertEquals(EncodingChoice.UTF_8, ImportOptions.of(null, null, "utf-8", null).encoding());
        assertEquals(Optional.of(SourceKind.OUTREACH_VISIT), ImportOptions.of(null, "outreach-visit", null, null).kind());
        assertEquals("encoding", assertThrows(InvalidRequestException.class,
                () -> ImportOptions.of(null, null, "utf-16", null)).field().orElseThrow());
        assertEquals("kind", assertThrows(InvalidRequestException.class,
                () -> ImportOptions.of(null, "diary", null, null)).field().orElseThrow());
    }

    @Test
    void onlyTheLastSegmentOfAFilePathIsKept() {
        assertEquals(Optional.of("避難者名簿.csv"), ImportOptions.of(null, null, null, "C:\\Users\\wajima\\避難者名簿.csv").fileName());
        assertEquals("fileName", assertThrows(InvalidRequestException.class,
                () -> ImportOptions.of(null, null, null, "a\u0000b.csv")).field().orElseThrow());
    }

    @Test
    void theStandardFormatNeedsAKindAndAProfileThatFixesOneTakesNoOther() {
        assertEquals("kind", assertThrows(InvalidRequestException.class,
                () -> order(BuiltInProfiles.STANDARD, null)).field().orElseThrow());
        assertEquals("kind", assertThrows(InvalidRequestException.class,
                () -> order(BuiltInProfiles.SHELTER_ROSTER, "CALL_CENTRE")).field().orElseThrow());
        assertEquals("kind", assertThrows(InvalidRequestException.class,
                () -> order(BuiltInProfiles.STANDARD, "STAFF_CORRECTION")).field().orElseThrow());
        order(BuiltInProfiles.STANDARD, "CALL_CENTRE");
        order(BuiltInProfiles.SHELTER_ROSTER, "SHELTER_ROSTER");
    }

    private static ImportOrder order(String profile, String kind) {
        return new ImportOrder(PrefectureCode.of(17), UUID.randomUUID(), new Actor("sub", "staff"),
                BuiltInProfiles.require(profile), ImportOptions.of(profile, kind, null, null));
    }
}
