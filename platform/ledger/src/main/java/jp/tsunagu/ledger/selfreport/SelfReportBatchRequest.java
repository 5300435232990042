package jp.tsunagu.ledger.selfreport;

import java.util.List;

/** Many self-reports in one request (a portal sending a backlog): each as the single endpoint takes it. */
public record SelfReportBatchRequest(List<SelfReportRequest> reports) {
}
