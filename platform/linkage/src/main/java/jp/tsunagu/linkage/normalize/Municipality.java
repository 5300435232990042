package jp.tsunagu.linkage.normalize;

import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * A municipality (市区町村) or a ward (区) of a designated city (政令指定都市) from the bundled list. For a ward,
 * {@code city} is the designated city; addresses are compared at city level, since people write 札幌市中央区 or
 * only 札幌市.
 */
public record Municipality(MunicipalityCode code, String prefectureName, String county, String name,
                           Optional<MunicipalityCode> city) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(prefectureName, "prefectureName");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
    }

    public PrefectureCode prefecture() {
        return code.prefecture();
    }

    /** The code used for comparing addresses: the designated city for a ward, otherwise the municipality itself. */
    public MunicipalityCode cityLevelCode() {
        return city.orElse(code);
    }
}
