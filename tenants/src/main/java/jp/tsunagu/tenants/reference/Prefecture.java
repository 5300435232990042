package jp.tsunagu.tenants.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/** A prefecture (都道府県). Reference data: shared by all tenants, loaded by Liquibase, never written by the application. */
@Entity
@Table(schema = "registry", name = "prefecture")
@Cacheable(true)
@ReadOnly
@NamedQuery(name = Prefecture.ALL, query = "SELECT p FROM Prefecture p ORDER BY p.code",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Prefecture {

    static final String ALL = "Prefecture.all";

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "local_gov_code")
    private String localGovCode;

    @Column(name = "name")
    private String name;

    @Column(name = "name_kana")
    private String nameKana;

    protected Prefecture() {
        // for JPA
    }

    public PrefectureCode code() {
        return new PrefectureCode(code);
    }

    /** The prefecture's own 全国地方公共団体コード, e.g. 170003 for 石川県. */
    public MunicipalityCode localGovernmentCode() {
        return new MunicipalityCode(localGovCode);
    }

    /** The full name with its suffix: 北海道, 東京都, 石川県. */
    public String name() {
        return name;
    }

    /** The reading in hiragana: いしかわけん. */
    public String nameKana() {
        return nameKana;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
