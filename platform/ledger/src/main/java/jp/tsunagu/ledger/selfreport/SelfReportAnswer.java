package jp.tsunagu.ledger.selfreport;

import java.util.Objects;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemResponse;

/**
 * How one report was answered: stored (or found stored before) with its {@link SelfReportOutcome}, or refused with the
 * problem the single endpoint would answer it with. Exactly one of the two is present.
 */
public record SelfReportAnswer(Optional<SelfReportOutcome> outcome, Optional<ProblemException> problem) {

    // Looked up once: Json.createObjectBuilder() looks the provider up on every call (a tenth of a batch's CPU).
    static final JsonProvider JSON = JsonProvider.provider();

    public SelfReportAnswer {
        if (outcome.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("an answer is an outcome or a problem");
        }
    }

    static SelfReportAnswer stored(SelfReportOutcome outcome) {
        return new SelfReportAnswer(Optional.of(Objects.requireNonNull(outcome)), Optional.empty());
    }

    static SelfReportAnswer refused(ProblemException problem) {
        return new SelfReportAnswer(Optional.empty(), Optional.of(Objects.requireNonNull(problem)));
    }

    /** The status the single endpoint answers with: 201 stored, 200 stored before, else the problem's. */
    public int status() {
        return outcome.map(o -> o.replay() ? 200 : 201).orElseGet(() -> problem.orElseThrow().kind().status());
    }

    /** The outcome, or the refusal thrown as the single endpoint throws it. */
    SelfReportOutcome orThrow() {
        return outcome.orElseThrow(problem::orElseThrow);
    }

    /**
     * The answer as an item of a batch's answer: its position and status, then the single endpoint's answer body
     * (the outcome's members, or the problem under {@code problem}, shaped as an {@code application/problem+json}).
     */
    JsonObject toJson(int index) {
        JsonObjectBuilder item = JSON.createObjectBuilder().add("index", index).add("status", status());
        outcome.ifPresent(o -> {
            item.add("recordId", o.recordId().toString()).add("submissionId", o.submissionId());
            if (o.outcome() != null) {
                item.add("outcome", o.outcome());
            }
            item.add("receivedAt", o.receivedAt().toString()).add("replay", o.replay());
        });
        problem.ifPresent(p -> item.add("problem", ProblemResponse.body(p)));
        return item.build();
    }
}
