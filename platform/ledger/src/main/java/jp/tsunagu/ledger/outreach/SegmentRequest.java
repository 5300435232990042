package jp.tsunagu.ledger.outreach;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.ledger.selfreport.ConsentParty;
import jp.tsunagu.ledger.selfreport.Need;
import jp.tsunagu.ledger.selfreport.Slugged;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A segment as staff send it: name, the consent party, where (municipalities, prefectures), which needs. */
public record SegmentRequest(String name, String party, List<String> municipalities, List<String> prefectures,
                             List<String> needs) {

    SegmentCriteria criteria() {
        ConsentParty consentParty = Slugged.of(ConsentParty.class, party == null ? "" : party.strip())
                .orElseThrow(() -> new InvalidRequestException("party",
                        "party is home-municipality, host-municipality, support-organisations or prefecture"));
        Set<Need> wanted = EnumSet.noneOf(Need.class);
        for (String need : needs == null ? List.<String>of() : needs) {
            wanted.add(Slugged.of(Need.class, need).orElseThrow(() -> new InvalidRequestException("needs", "unknown need")));
        }
        return new SegmentCriteria(consentParty, codes(municipalities, "municipalities", MunicipalityCode::of),
                codes(prefectures, "prefectures", PrefectureCode::of), wanted);
    }

    String validName() {
        return RequestFields.requireText(name, "name", 200);
    }

    private static <T> Set<T> codes(List<String> values, String field, java.util.function.Function<String, T> parse) {
        try {
            return values == null ? Set.of() : values.stream().map(parse).collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + " holds valid codes only");
        }
    }
}
