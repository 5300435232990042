package jp.tsunagu.ledger.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jp.tsunagu.ledger.whereabouts.WhereaboutsKind;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * A page of persons as the API lists them: each with the ledger's current values, codes beside their Japanese labels
 * (全壊, 女, 交付済, 珠洲市) so a screen or a spreadsheet needs no code table. Never 個人番号.
 */
public record PersonListView(List<Item> persons, long total, int page, int size, long pages) {

    public record Item(UUID personId, String fullName, String fullNameKana, LocalDate birthDate, String sex,
                       String sexLabel, String municipality, String municipalityName, String address, String whereabouts,
                       String damageGrade, String damageGradeLabel, boolean careNeeded, String certificateStatus,
                       String certificateStatusLabel, int recordCount, Instant updatedAt, String whereaboutsKind,
                       String whereaboutsKindLabel, String currentMunicipality, String currentMunicipalityName,
                       Instant whereaboutsObservedAt) {
    }

    public static PersonListView of(PersonPage page, Function<MunicipalityCode, String> municipalityNames) {
        List<Item> items = page.persons().stream().map(person -> new Item(person.personId(),
                person.fullName().orElse(null), person.fullNameKana().orElse(null), person.birthDate().orElse(null),
                person.sex().map(Enum::name).orElse(null), person.sex().map(s -> s.japanese()).orElse(null),
                person.municipality().map(MunicipalityCode::value).orElse(null),
                person.municipality().map(municipalityNames).orElse(null), person.address().orElse(null),
                person.whereabouts().orElse(null), person.damageGrade().map(Enum::name).orElse(null),
                person.damageGrade().map(g -> g.japanese()).orElse(null), person.careNeeded(),
                person.certificateStatus().map(Enum::name).orElse(null),
                person.certificateStatus().map(c -> c.japanese()).orElse(null), person.recordCount(),
                person.updatedAt(), person.current().kind().map(Enum::name).orElse(null),
                person.current().kind().map(WhereaboutsKind::japanese).orElse(null),
                person.current().municipality().map(MunicipalityCode::value).orElse(null),
                person.current().municipality().map(municipalityNames).orElse(null),
                person.current().observedAt().orElse(null))).toList();
        return new PersonListView(items, page.total(), page.request().page(), page.request().size(), page.pages());
    }
}
