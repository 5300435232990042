package jp.tsunagu.ledger.selfreport;

/** Where a resident says they stay now (居所の種類): the API's names of the ledger's whereabouts kinds. */
public enum WhereaboutsKind implements Slugged {
    DESIGNATED_SHELTER("designated-shelter", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.DESIGNATED_SHELTER),
    OTHER_SHELTER("other-shelter", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.OTHER_SHELTER),
    RELATIVE_HOME("relative-home", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.RELATIVES_HOME),
    HOTEL("hotel", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.HOTEL),
    TEMPORARY_HOUSING("temporary-housing", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.TEMPORARY_HOUSING),
    OWN_HOME("own-home", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.OWN_HOME),
    HOSPITAL_OR_CARE("hospital-or-care", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.HOSPITAL_OR_CARE),
    OTHER_MUNICIPALITY("other-municipality", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.OTHER_MUNICIPALITY),
    UNKNOWN("unknown", jp.tsunagu.ledger.whereabouts.WhereaboutsKind.UNKNOWN);

    private final String slug;
    private final jp.tsunagu.ledger.whereabouts.WhereaboutsKind ledgerKind;

    WhereaboutsKind(String slug, jp.tsunagu.ledger.whereabouts.WhereaboutsKind ledgerKind) {
        this.slug = slug;
        this.ledgerKind = ledgerKind;
    }

    /** The kind in the ledger's whereabouts history. */
    public jp.tsunagu.ledger.whereabouts.WhereaboutsKind ledgerKind() {
        return ledgerKind;
    }

    @Override
    public String slug() {
        return slug;
    }

    public String japanese() {
        return ledgerKind.japanese();
    }
}
