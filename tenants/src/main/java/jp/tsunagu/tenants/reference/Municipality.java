package jp.tsunagu.tenants.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A municipality (市町村 or one of Tokyo's 特別区) or a ward of a designated city, by its
 * 全国地方公共団体コード. Reference data: shared, loaded by Liquibase, never written by the application.
 */
@Entity
@Table(schema = "registry", name = "municipality")
@Cacheable(true)
@ReadOnly
@NamedQuery(name = Municipality.OF_PREFECTURE,
        query = "SELECT m FROM Municipality m WHERE m.prefectureCode = :prefecture ORDER BY m.code",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Municipality {

    static final String OF_PREFECTURE = "Municipality.ofPrefecture";

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "prefecture_code")
    private String prefectureCode;

    @Column(name = "name")
    private String name;

    @Column(name = "name_kana")
    private String nameKana;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private MunicipalityKind kind;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "county")
    private String county;

    protected Municipality() {
        // for JPA
    }

    public MunicipalityCode code() {
        return new MunicipalityCode(code);
    }

    public PrefectureCode prefecture() {
        return new PrefectureCode(prefectureCode);
    }

    public boolean belongsTo(PrefectureCode prefecture) {
        return prefecture().equals(prefecture);
    }

    /** The name as it stands in the code list: 輪島市, 当別町, and for a ward just 中央区. */
    public String name() {
        return name;
    }

    /** The reading in hiragana. */
    public String nameKana() {
        return nameKana;
    }

    public MunicipalityKind kind() {
        return kind;
    }

    /** A ward of a designated city: not a municipality of its own. */
    public boolean isWard() {
        return kind == MunicipalityKind.WARD;
    }

    /** For a ward, the designated city it belongs to. */
    public Optional<MunicipalityCode> parent() {
        return Optional.ofNullable(parentCode).map(MunicipalityCode::new);
    }

    /** For a town or village, its county (郡) as addresses often write it: 石狩郡. */
    public Optional<String> county() {
        return Optional.ofNullable(county);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
