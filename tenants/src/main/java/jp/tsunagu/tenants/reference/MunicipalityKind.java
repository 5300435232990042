package jp.tsunagu.tenants.reference;

/** What kind of local government a code stands for; stored by name, shown by its Japanese label. */
public enum MunicipalityKind {
    CITY("市"),
    /** 政令指定都市: a city divided into administrative wards, which have codes of their own. */
    DESIGNATED_CITY("政令市"),
    /** One of Tokyo's 23 special wards: a municipality in its own right. */
    SPECIAL_WARD("特別区"),
    TOWN("町"),
    VILLAGE("村"),
    /** An administrative ward of a designated city; not a municipality, but addresses and records name it. */
    WARD("区");

    private final String label;

    MunicipalityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
