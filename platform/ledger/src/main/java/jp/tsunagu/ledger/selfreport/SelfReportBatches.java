package jp.tsunagu.ledger.selfreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * A batch of self-reports: read item by item with the single endpoint's validation (a bad item is refused alone, the
 * good ones go on), stored through the same intake, answered item by item in input order. What concerns the whole
 * request (no reports, too many, a key header that would be ambiguous, an instance that is unknown or closed, an
 * intake that cannot store now) is one problem instead.
 */
public final class SelfReportBatches {

    /** Reports per request: a few hundred share a few group commits; more would hold one request for seconds. */
    public static final int MAX_REPORTS = 500;

    private SelfReportBatches() {
    }

    /** One position of the batch as read: a report to store, or the problem refusing it. */
    record Item(Optional<SelfReport> report, Optional<ProblemException> problem) {
    }

    /**
     * Reads every report of the batch; throws only for the request as a whole.
     *
     * @param header the {@code Idempotency-Key} header, if sent: refused, because each report names its own submission
     */
    static List<Item> read(String portal, Optional<String> header, SelfReportBatchRequest request, Instant now,
                           LocalDate today) {
        if (header.filter(h -> !h.isBlank()).isPresent()) {
            throw new InvalidSelfReportException("Idempotency-Key",
                    "a batch takes no Idempotency-Key header: each report carries its own submissionId");
        }
        if (request == null || request.reports() == null || request.reports().isEmpty()) {
            throw new InvalidSelfReportException("reports", "reports holds 1 to " + MAX_REPORTS + " self-reports");
        }
        if (request.reports().size() > MAX_REPORTS) {
            throw new TooManyReportsException();
        }
        List<Item> items = new ArrayList<>(request.reports().size());
        for (SelfReportRequest report : request.reports()) {
            try {
                if (report == null) {
                    throw new InvalidSelfReportException("body", "each report is a JSON object");
                }
                items.add(new Item(Optional.of(SelfReportValidation.read(portal, Optional.empty(), report, now, today)),
                        Optional.empty()));
            } catch (InvalidSelfReportException invalid) {
                items.add(new Item(Optional.empty(), Optional.of(invalid)));
            }
        }
        return items;
    }

    /** The reports to store, in order. */
    static List<SelfReport> reports(List<Item> items) {
        return items.stream().flatMap(item -> item.report().stream()).toList();
    }

    /**
     * Every position's answer in input order: its own refusal, or the next of the intake's answers. When nothing was
     * stored and the intake refused for the instance (unknown, not active) or for itself (unavailable), that refusal
     * is thrown: it is the whole request's answer, as the single endpoint's would be.
     */
    static List<SelfReportAnswer> answers(List<Item> items, List<SelfReportAnswer> stored) {
        Optional<ProblemException> whole = stored.stream().noneMatch(a -> a.outcome().isPresent())
                ? stored.stream().flatMap(a -> a.problem().stream()).filter(SelfReportBatches::concernsAll).findFirst()
                : Optional.empty();
        if (whole.isPresent()) {
            throw whole.get();
        }
        Iterator<SelfReportAnswer> next = stored.iterator();
        List<SelfReportAnswer> answers = new ArrayList<>(items.size());
        for (Item item : items) {
            answers.add(item.problem().map(SelfReportAnswer::refused).orElseGet(next::next));
        }
        return answers;
    }

    private static boolean concernsAll(ProblemException problem) {
        return problem instanceof NotFoundException || problem instanceof LedgerNotOpenException
                || problem instanceof SelfReportIntake.IntakeUnavailableException;
    }

    /** The batch's answer: {@code {"results": [...]}}, one item per report in input order. */
    static JsonObject json(List<SelfReportAnswer> answers) {
        JsonArrayBuilder results = SelfReportAnswer.JSON.createArrayBuilder();
        for (int i = 0; i < answers.size(); i++) {
            results.add(answers.get(i).toJson(i));
        }
        return SelfReportAnswer.JSON.createObjectBuilder().add("results", results).build();
    }

    /** What the access log says of a batch with refused reports: the first refusal's type and the counts, no values. */
    record Refusals(String slug, String summary) {
    }

    /** The batch's refusals for the access log: empty when every report was stored (or stored before). */
    static Optional<Refusals> refusals(List<SelfReportAnswer> answers) {
        Map<String, Long> bySlug = new TreeMap<>();
        answers.forEach(a -> a.problem().map(ProblemException::slug)
                .ifPresent(slug -> bySlug.merge(slug, 1L, Long::sum)));
        if (bySlug.isEmpty()) {
            return Optional.empty();
        }
        long refused = bySlug.values().stream().mapToLong(Long::longValue).sum();
        List<String> parts = bySlug.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
        String first = answers.stream().flatMap(a -> a.problem().stream()).findFirst().orElseThrow().slug();
        return Optional.of(new Refusals(first, refused + " of " + answers.size() + " reports refused: "
                + String.join(", ", parts)));
    }

    /** More reports than a batch may carry (413): send them in several batches. */
    public static class TooManyReportsException extends ProblemException {
        TooManyReportsException() {
            super(ProblemKind.PAYLOAD_TOO_LARGE, "reports",
                    "a batch carries at most " + MAX_REPORTS + " self-reports; send the rest in further batches");
        }
    }
}
