package jp.tsunagu.ledger.outreach;

import java.util.Objects;
import java.util.Set;

import jp.tsunagu.ledger.selfreport.ConsentParty;
import jp.tsunagu.ledger.selfreport.Need;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Who a segment holds: persons whose latest consent covers {@code party} (always required), who stay now in one of
 * the municipalities or prefectures (when any is named) and state one of the needs (when any is named).
 */
public record SegmentCriteria(ConsentParty party, Set<MunicipalityCode> municipalities, Set<PrefectureCode> prefectures,
                              Set<Need> needs) {

    public SegmentCriteria {
        Objects.requireNonNull(party, "party");
        municipalities = Set.copyOf(municipalities);
        prefectures = Set.copyOf(prefectures);
        needs = Set.copyOf(needs);
    }

    public boolean includes(PersonSituation person) {
        if (person.consent().filter(consent -> consent.covers(party)).isEmpty()) {
            return false;
        }
        if (!municipalities.isEmpty() || !prefectures.isEmpty()) {
            boolean there = person.whereabouts().filter(at -> municipalities.contains(at)
                    || prefectures.contains(at.prefecture())).isPresent();
            if (!there) {
                return false;
            }
        }
        return needs.isEmpty() || person.needs().stream().anyMatch(needs::contains);
    }
}
