package jp.tsunagu.ledger.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.whereabouts.WhereaboutsKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The search as the API's query parameters give it, e.g.
 * {@code ?name=やまさき&birthDate=昭和16年3月3日&damageGrade=全壊&damageGrade=大規模半壊&careNeeded=true&sort=-birthDate&page=0&size=50}.
 * Damage grades are accepted in Japanese (全壊) or as the API's names (TOTAL_COLLAPSE); sort keys are {@code kana},
 * {@code birthDate}, {@code municipality}, {@code updatedAt}, descending with a leading minus;
 * {@code currentMunicipality} (a code) and {@code whereaboutsKind} (e.g. {@code hotel}) filter by the current
 * whereabouts. Every mistake is an
 * {@link InvalidRequestException} naming the parameter.
 */
public record PersonSearchParameters(String name, String birthDate, String address, String municipality,
                                     List<String> damageGrades, String careNeeded, String sort, String page,
                                     String size, String currentMunicipality, String whereaboutsKind) {

    /** Without the whereabouts criteria. */
    public PersonSearchParameters(String name, String birthDate, String address, String municipality,
                                  List<String> damageGrades, String careNeeded, String sort, String page, String size) {
        this(name, birthDate, address, municipality, damageGrades, careNeeded, sort, page, size, null, null);
    }

    public PersonSearchCriteria criteria(UUID disasterId) {
        return criteria(disasterId, PersonScope.EVERYONE);
    }

    /** The criteria, limited to the persons the caller may see. */
    public PersonSearchCriteria criteria(UUID disasterId, PersonScope scope) {
        PersonSearchCriteria.Builder criteria = PersonSearchCriteria.in(disasterId).scope(scope);
        if (present(name)) {
            criteria.name(name);
        }
        if (present(birthDate)) {
            criteria.birthDate(birthDate);
        }
        if (present(address)) {
            criteria.address(address);
        }
        if (present(municipality)) {
            criteria.municipality(RequestFields.requireMunicipality(municipality, "municipality"));
        }
        if (present(currentMunicipality)) {
            criteria.currentMunicipality(RequestFields.requireMunicipality(currentMunicipality, "currentMunicipality"));
        }
        if (present(whereaboutsKind)) {
            criteria.whereaboutsKind(RequestFields.requireEnum(whereaboutsKind, WhereaboutsKind.class, "whereaboutsKind"));
        }
        List<DamageGrade> grades = new ArrayList<>();
        for (String grade : damageGrades == null ? List.<String>of() : damageGrades) {
            if (present(grade)) {
                grades.add(damageGrade(grade.strip()));
            }
        }
        criteria.damageGrades(grades);
        if (present(careNeeded)) {
            criteria.careNeeded(switch (careNeeded.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new InvalidRequestException("careNeeded", "careNeeded is true or false");
            });
        }
        return criteria.build();
    }

    public PersonOrder order() {
        if (!present(sort)) {
            return PersonOrder.DEFAULT;
        }
        String text = sort.strip();
        boolean descending = text.startsWith("-");
        String key = descending ? text.substring(1) : text;
        PersonOrder.Key parsed = switch (key) {
            case "kana" -> PersonOrder.Key.KANA;
            case "birthDate" -> PersonOrder.Key.BIRTH_DATE;
            case "municipality" -> PersonOrder.Key.MUNICIPALITY;
            case "updatedAt" -> PersonOrder.Key.LAST_UPDATE;
            default -> throw new InvalidRequestException("sort",
                    "sort is one of kana, birthDate, municipality, updatedAt (a leading minus sorts descending)");
        };
        return descending ? PersonOrder.descending(parsed) : PersonOrder.ascending(parsed);
    }

    public PageRequest pageRequest() {
        return new PageRequest(number(page, "page", 0), number(size, "size", PageRequest.DEFAULT_SIZE));
    }

    private static int number(String text, String parameter, int absent) {
        if (!present(text)) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(parameter, parameter + " is a whole number");
        }
    }

    private static DamageGrade damageGrade(String text) {
        for (DamageGrade grade : DamageGrade.values()) {
            if (grade.japanese().equals(text) || grade.name().equalsIgnoreCase(text)) {
                return grade;
            }
        }
        throw new InvalidRequestException("damageGrade", "damageGrade is one of 全壊, 大規模半壊, 中規模半壊, 半壊, 準半壊,"
                + " 一部損壊, 被害なし");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
