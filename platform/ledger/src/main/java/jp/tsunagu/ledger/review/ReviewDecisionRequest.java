package jp.tsunagu.ledger.review;

import jp.tsunagu.tenants.problem.RequestFields;

/** The JSON body of a review decision: {@code same-person} or {@code different-persons}, and the reason. */
public record ReviewDecisionRequest(String decision, String reason) {

    public enum Answer {
        SAME_PERSON, DIFFERENT_PERSONS;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Answer answer() {
        return RequestFields.requireEnum(decision, Answer.class, "decision");
    }

    public String checkedReason() {
        return RequestFields.requireText(reason, "reason", 1000);
    }
}
