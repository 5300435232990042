package jp.tsunagu.ledger.linking;

/** What a linking run did: records linked to known persons, new persons, records left for review. */
public record LinkingReport(long linked, long created, long forReview) {

    public long total() {
        return linked + created + forReview;
    }
}
