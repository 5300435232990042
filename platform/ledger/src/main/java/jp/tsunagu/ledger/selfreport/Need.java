package jp.tsunagu.ledger.selfreport;

/** A need a resident states (the case records' categories of 災害ケースマネジメント). */
public enum Need implements Slugged {
    HOUSING("housing"), HEALTH("health"), CARE("care"), LIVELIHOOD("livelihood"), FINANCE("finance"),
    INFORMATION("information"), OTHER("other");

    private final String slug;

    Need(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
