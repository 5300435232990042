package jp.tsunagu.ledger.selfreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.problem.NotFoundException;
import jp.tsunagu.tenants.problem.ProblemException;

class SelfReportBatchesTest {

    private static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    private static SelfReportRequest report(String id, String fullName) {
        return new SelfReportRequest(id, null,
                new SelfReportRequest.Resident(fullName, "わじま はなこ", "1950-03-04", "female", null, null, false),
                null, List.of("housing"), null, new SelfReportRequest.Consent(true, List.of("prefecture"), "2026-01"));
    }

    private static List<SelfReportBatches.Item> read(List<SelfReportRequest> reports) {
        return SelfReportBatches.read("svc-portal", Optional.empty(), new SelfReportBatchRequest(reports), NOW, TODAY);
    }

    private static SelfReportAnswer stored(String id, boolean replay) {
        return SelfReportAnswer.stored(new SelfReportOutcome(UUID.randomUUID(), id, "new", NOW, replay));
    }

    @Test
    void badReportsAreRefusedOneByOneWithTheSingleEndpointsProblemAndTheGoodOnesGoOnInOrder() {
        List<SelfReportBatches.Item> items = read(Arrays.asList(report("a", "輪島 花子"), report("b", null), null,
                report("bad key!", "輪島 次郎"), report("c", "輪島 三郎")));
        List<SelfReport> reports = SelfReportBatches.reports(items);
        assertEquals(List.of("a", "c"), reports.stream().map(r -> r.key().value()).toList());
        assertEquals(List.of("svc-portal", "svc-portal"), reports.stream().map(SelfReport::portal).toList());

        List<SelfReportAnswer> answers = SelfReportBatches.answers(items, List.of(stored("a", false), stored("c", true)));
        assertEquals(List.of(201, 400, 400, 400, 200), answers.stream().map(SelfReportAnswer::status).toList());
        assertEquals("resident.fullName", ((InvalidSelfReportException) answers.get(1).problem().orElseThrow())
                .fields().getFirst());
        assertEquals(Optional.of("submissionId"), answers.get(3).problem().orElseThrow().field());
        assertEquals("c", answers.get(4).outcome().orElseThrow().submissionId());
    }

    @Test
    void theAnswerListsEachReportsIndexStatusAndOutcomeOrProblem() {
        SelfReportAnswer conflict = SelfReportAnswer.refused(new SubmissionConflictException());
        JsonObject json = SelfReportBatches.json(List.of(stored("a", false), conflict));
        JsonObject first = json.getJsonArray("results").getJsonObject(0);
        assertEquals(0, first.getInt("index"));
        assertEquals(201, first.getInt("status"));
        assertEquals("a", first.getString("submissionId"));
        assertEquals("new", first.getString("outcome"));
        assertFalse(first.getBoolean("replay"));
        assertEquals(NOW.toString(), first.getString("receivedAt"));
        JsonObject second = json.getJsonArray("results").getJsonObject(1);
        assertEquals(1, second.getInt("index"));
        assertEquals(409, second.getInt("status"));
        JsonObject problem = second.getJsonObject("problem");
        assertEquals("https://tsunagu.jp/problems/conflict", problem.getString("type"));
        assertEquals(409, problem.getInt("status"));
        assertEquals("submissionId", problem.getString("field"));
        assertFalse(second.containsKey("recordId"));
    }

    @Test
    void anInvalidReportsProblemNamesAllItsFieldsAsTheSingleEndpointDoes() {
        JsonObject problem = SelfReportBatches.json(SelfReportBatches.answers(read(List.of(report("x", null))), List.of()))
                .getJsonArray("results").getJsonObject(0).getJsonObject("problem");
        assertEquals("https://tsunagu.jp/problems/invalid-request", problem.getString("type"));
        assertEquals("resident.fullName", problem.getString("fields"));
        assertFalse(problem.toString().contains("わじま"), "no values in a problem");
    }

    @Test
    void noReportsTooManyReportsOrAKeyHeaderRefuseTheWholeRequest() {
        assertEquals(Optional.of("reports"), assertThrows(InvalidSelfReportException.class, () -> read(List.of())).field());
        assertEquals(Optional.of("reports"), assertThrows(InvalidSelfReportException.class, () -> SelfReportBatches.read(
                "p", Optional.empty(), new SelfReportBatchRequest(null), NOW, TODAY)).field());
        assertThrows(InvalidSelfReportException.class, () -> SelfReportBatches.read("p", Optional.empty(), null, NOW, TODAY));
        List<SelfReportRequest> many = Collections.nCopies(SelfReportBatches.MAX_REPORTS + 1, report("a", "輪島 花子"));
        ProblemException tooMany = assertThrows(SelfReportBatches.TooManyReportsException.class, () -> read(many));
        assertEquals(413, tooMany.kind().status());
        assertEquals(SelfReportBatches.MAX_REPORTS, read(many.subList(0, SelfReportBatches.MAX_REPORTS)).size());
        assertEquals(Optional.of("Idempotency-Key"), assertThrows(InvalidSelfReportException.class,
                () -> SelfReportBatches.read("p", Optional.of("k-1"), new SelfReportBatchRequest(List.of(report("a", "x"))),
                        NOW, TODAY)).field());
    }

    @Test
    void anInstanceRefusalWithNothingStoredAnswersTheWholeRequestButNotWhenSomethingWasStored() {
        List<SelfReportBatches.Item> items = read(List.of(report("a", "輪島 花子"), report("b", null), report("c", "輪島 三郎")));
        NotFoundException unknown = new NotFoundException("no disaster instance with this id");
        assertSame(unknown, assertThrows(NotFoundException.class, () -> SelfReportBatches.answers(items,
                List.of(SelfReportAnswer.refused(unknown), SelfReportAnswer.refused(unknown)))));
        LedgerNotOpenException closed = new LedgerNotOpenException();
        assertSame(closed, assertThrows(LedgerNotOpenException.class, () -> SelfReportBatches.answers(items,
                List.of(SelfReportAnswer.refused(new SubmissionConflictException()), SelfReportAnswer.refused(closed)))));
        // The instance closed between two groups: what was stored stays answered item by item.
        List<SelfReportAnswer> mixed = SelfReportBatches.answers(items, List.of(stored("a", false),
                SelfReportAnswer.refused(closed)));
        assertEquals(List.of(201, 400, 409), mixed.stream().map(SelfReportAnswer::status).toList());
        // Conflicts alone are the reports' own answers.
        assertEquals(List.of(409, 400, 409), SelfReportBatches.answers(items, List.of(
                SelfReportAnswer.refused(new SubmissionConflictException()),
                SelfReportAnswer.refused(new SubmissionConflictException()))).stream().map(SelfReportAnswer::status).toList());
    }

    @Test
    void theAccessLogLearnsHowManyReportsWereRefusedAndWhyWithoutValues() {
        assertEquals(Optional.empty(), SelfReportBatches.refusals(List.of(stored("a", false), stored("b", true))));
        List<SelfReportAnswer> answers = new ArrayList<>(SelfReportBatches.answers(
                read(List.of(report("a", null), report("b", "輪島 花子"))), List.of(stored("b", false))));
        answers.add(SelfReportAnswer.refused(new SubmissionConflictException()));
        SelfReportBatches.Refusals refusals = SelfReportBatches.refusals(answers).orElseThrow();
        assertEquals("invalid-request", refusals.slug());
        assertEquals("2 of 3 reports refused: conflict 1, invalid-request 1", refusals.summary());
        assertTrue(!refusals.summary().contains("輪島"));
    }
}
