package jp.tsunagu.ledger.record;

/** Where a source record came from. The kind decides which derivation rules prefer it. */
public enum SourceKind {
    /** 避難者名簿: a shelter's roster of evacuees. */
    SHELTER_ROSTER("避難者名簿"),
    /** 訪問記録: an NPO's or the municipality's outreach visit. */
    OUTREACH_VISIT("訪問記録"),
    /** コールセンター受付票: a call-centre intake. */
    CALL_CENTRE("コールセンター受付票"),
    /** 住民基本台帳: the resident register extract; authoritative for the four basic items. */
    RESIDENT_REGISTER("住民基本台帳"),
    /** 住民ポータル: what the resident stated themselves online. */
    RESIDENT_PORTAL("住民ポータル"),
    /** 職員修正: a staff correction; beats every other source (except for 居所, where the latest observation wins). */
    STAFF_CORRECTION("職員修正"),
    /**
     * 居所の報告: a whereabouts entry made through the API (staff, a host municipality, a resident's self-report); its
     * structured part is a {@code WhereaboutsDetail}.
     */
    WHEREABOUTS_REPORT("居所の報告");

    private final String japanese;

    SourceKind(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
