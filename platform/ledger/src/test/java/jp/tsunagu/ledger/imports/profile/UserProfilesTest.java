package jp.tsunagu.ledger.imports.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.ledger.record.SourceKind;

/** A user defines a profile as JSON, without code: header variants, joined columns, code values, constants. */
class UserProfilesTest {

    static final String WAJIMA = """
            {"name": "wajima-shelters", "title": "輪島市 避難者名簿（独自様式）", "sourceKind": "SHELTER_ROSTER",
             "columns": [
               {"field": "fullName", "headers": ["避難者名"]},
               {"field": "fullNameKana", "headers": ["カナ"], "transform": "KATAKANA"},
               {"field": "address", "join": ["住所1", "住所2", "方書"], "separator": " "},
               {"field": "sex", "headers": ["性"], "values": {"M": "男", "W": "女"}},
               {"field": "whereabouts", "constant": "輪島市立輪島中学校"}]}
            """;

    @Test
    void aUserProfileMapsHeadersJoinsColumnsMapsCodesAndFillsConstants() {
        ColumnProfile profile = ProfileJson.read(WAJIMA);
        assertEquals(Optional.of(SourceKind.SHELTER_ROSTER), profile.sourceKind());
        ResolvedProfile resolved = ResolvedProfile.resolve(profile,
                List.of("避難者名", "カナ", "住所1", "住所2", "方書", "性", "メモ"), 1);
        MappedRow row = resolved.map(List.of("輪島 花子", "わじま はなこ", "輪島市河井町", "1-2", "", "W", "x"));
        assertEquals(Optional.of("ワジマ ハナコ"), row.get(ImportField.FULL_NAME_KANA));
        assertEquals(Optional.of("輪島市河井町 1-2"), row.get(ImportField.ADDRESS), "empty columns are left out of a join");
        assertEquals(Optional.of("女"), row.get(ImportField.SEX));
        assertEquals(Optional.of("輪島市立輪島中学校"), row.get(ImportField.WHEREABOUTS));
        assertEquals(List.of("メモ"), resolved.unusedColumns());
    }

    @Test
    void headersMatchAcrossWidthSpacesAndMarks() {
        ColumnProfile profile = ProfileJson.read(WAJIMA);
        ResolvedProfile resolved = ResolvedProfile.resolve(profile, List.of("※避難者名 ", "ｶﾅ"), 1);
        MappedRow row = resolved.map(List.of("輪島 花子", "ｱｲ"));
        assertEquals(Optional.of("輪島 花子"), row.get(ImportField.FULL_NAME), "「※避難者名 」 is 「避難者名」");
        assertEquals(Optional.of("ｱｲ"), row.get(ImportField.FULL_NAME_KANA), "「ｶﾅ」 is 「カナ」");
        assertTrue(resolved.missingFields().contains(ImportField.ADDRESS));
    }

    @Test
    void aFileWithoutAnyNameColumnIsRefusedNamingTheHeaderLine() {
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> ResolvedProfile.resolve(ProfileJson.read(WAJIMA), List.of("住所1", "性"), 1));
        assertEquals(ImportFileException.Reason.MISSING_COLUMNS, e.reason());
        assertEquals(1, e.line().orElseThrow());
    }

    @Test
    void invalidProfilesNameTheWrongPart() {
        assertEquals("columns[0].field", assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
                "{\"name\":\"x\",\"columns\":[{\"field\":\"shoeSize\",\"headers\":[\"靴\"]}]}")).field().orElseThrow());
        assertEquals("columns", assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
                "{\"name\":\"x\",\"columns\":[{\"field\":\"address\",\"headers\":[\"住所\"]}]}")).field().orElseThrow(),
                "a profile without a name column");
        assertEquals("sourceKind", assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
                "{\"name\":\"x\",\"sourceKind\":\"STAFF_CORRECTION\",\"columns\":[{\"field\":\"fullName\",\"headers\":[\"氏名\"]}]}"))
                .field().orElseThrow());
        assertEquals("name", assertThrows(InvalidProfileException.class, () -> ProfileJson.read(
                "{\"name\":\"Bad Name\",\"columns\":[{\"field\":\"fullName\",\"headers\":[\"氏名\"]}]}")).field().orElseThrow());
        assertEquals("profile", assertThrows(InvalidProfileException.class, () -> ProfileJson.read("[1,2")).field().orElseThrow());
    }

    @Test
    void aHeaderRowWithTheSameColumnTwiceIsRefused() {
        assertEquals(ImportFileException.Reason.DUPLICATE_HEADER, assertThrows(ImportFileException.class,
                () -> ResolvedProfile.resolve(ProfileJson.read(WAJIMA), List.of("避難者名", "避難者名 "), 1)).reason());
    }
}
