package jp.tsunagu.linkage.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import jp.tsunagu.linkage.normalize.Municipality;
import jp.tsunagu.linkage.normalize.MunicipalityDirectory;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Synthetic people in households: a head, often a spouse (same family name, home and landline, other birth date),
 * children (twins: same birth date and home, other given name, sometimes sharing its first kanji; under 15 they give a
 * parent's mobile as their contact), and, for a
 * share of people, a namesake elsewhere (same name, same birth date, another municipality).
 */
final class PopulationGenerator {

    private static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

    private final Random random;
    private final NameLists names;
    private final List<Municipality> homeArea;
    private final List<Municipality> elsewhere;
    private int personSequence;

    PopulationGenerator(Random random, NameLists names, MunicipalityDirectory directory, PrefectureCode disasterPrefecture) {
        this.random = random;
        this.names = names;
        this.homeArea = directory.placesIn(disasterPrefecture);
        List<Municipality> others = new ArrayList<>();
        for (int p = 1; p <= 47; p++) {
            if (p != Integer.parseInt(disasterPrefecture.value())) {
                others.addAll(directory.placesIn(PrefectureCode.of(p)));
            }
        }
        this.elsewhere = others;
    }

    /** People until at least {@code count}, household by household. */
    List<SyntheticPerson> people(int count) {
        List<SyntheticPerson> people = new ArrayList<>(count + 8);
        while (people.size() < count) {
            people.addAll(household());
        }
        return people;
    }

    private List<SyntheticPerson> household() {
        List<SyntheticPerson> members = new ArrayList<>();
        NameLists.Name family = names.family(random);
        SyntheticPerson.Home home = home();
        LocalDate headBirth = birthDate(20, 95);
        boolean headMale = random.nextDouble() < 0.6;
        members.add(person(family, names.given(random, headMale), headBirth, headMale, home));
        if (random.nextDouble() < 0.55) {
            LocalDate spouseBirth = headBirth.plusDays(random.nextInt(-3000, 3000));
            members.add(person(family, names.given(random, !headMale), spouseBirth, !headMale, home));
        }
        // A child's records give a parent's mobile as the contact (their own, if any, is not what a roster asks for).
        Optional<String> guardianMobile = members.get(0).mobile().or(() -> members.get(members.size() - 1).mobile());
        int children = random.nextDouble() < 0.45 ? 1 + random.nextInt(3) : 0;
        for (int c = 0; c < children; c++) {
            LocalDate childBirth = headBirth.plusYears(22 + random.nextInt(18)).plusDays(random.nextInt(365));
            if (childBirth.isAfter(REFERENCE_DAY)) {
                continue;
            }
            boolean male = random.nextBoolean();
            NameLists.Name given = names.given(random, male);
            members.add(minorContact(person(family, given, childBirth, male, home), guardianMobile));
            if (random.nextDouble() < 0.06) {
                boolean twinMale = random.nextDouble() < 0.6 ? male : !male;
                NameLists.Name twin = random.nextBoolean() ? names.similarGiven(random, given, twinMale) : names.given(random, twinMale);
                while (twin.kanji().equals(given.kanji()) || twin.kana().equals(given.kana())) {
                    twin = names.given(random, twinMale);
                }
                members.add(minorContact(person(family, twin, childBirth, twinMale, home), guardianMobile));
            }
        }
        List<SyntheticPerson> namesakes = new ArrayList<>();
        for (SyntheticPerson p : members) {
            if (random.nextDouble() < 0.01) {
                namesakes.add(person(p.family(), p.given(), p.birthDate(), p.male(), home()));
            }
        }
        members.addAll(namesakes);
        return members;
    }

    private SyntheticPerson person(NameLists.Name family, NameLists.Name given, LocalDate birth, boolean male,
                                   SyntheticPerson.Home home) {
        Optional<String> mobile = random.nextDouble() < 0.65 ? Optional.of(mobile()) : Optional.empty();
        return new SyntheticPerson("T%08d".formatted(++personSequence), family, given, birth, male, home, mobile);
    }

    private static SyntheticPerson minorContact(SyntheticPerson child, Optional<String> guardianMobile) {
        if (child.birthDate().isBefore(REFERENCE_DAY.minusYears(15))) {
            return child;
        }
        return new SyntheticPerson(child.personId(), child.family(), child.given(), child.birthDate(), child.male(),
                child.home(), guardianMobile);
    }

    private SyntheticPerson.Home home() {
        List<Municipality> area = random.nextDouble() < 0.9 ? homeArea : elsewhere;
        Municipality m = area.get(random.nextInt(area.size()));
        Optional<String> landline = random.nextDouble() < 0.6
                ? Optional.of("0%d%d-%d-%04d".formatted(2 + random.nextInt(8), 10 + random.nextInt(89), 10 + random.nextInt(89), random.nextInt(10000)))
                : Optional.empty();
        return new SyntheticPerson.Home(m, names.town(random), 1 + random.nextInt(6), 1 + random.nextInt(40),
                1 + random.nextInt(30), random.nextBoolean(), landline);
    }

    private String mobile() {
        return "0%d0-%04d-%04d".formatted(7 + random.nextInt(3), random.nextInt(10000), random.nextInt(10000));
    }

    private LocalDate birthDate(int minAge, int maxAge) {
        int age = minAge + random.nextInt(maxAge - minAge);
        return REFERENCE_DAY.minusYears(age).minusDays(random.nextInt(365));
    }
}
