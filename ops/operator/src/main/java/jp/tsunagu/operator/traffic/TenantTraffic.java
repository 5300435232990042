package jp.tsunagu.operator.traffic;

/**
 * A tenant's API traffic as operators read it, over the last five minutes.
 *
 * @param requestsPerMinute   requests per minute, averaged over the window
 * @param clientErrorRate     share of requests answered 4xx (0–1)
 * @param serverErrorRate     share of requests answered 5xx (0–1)
 * @param latencyP50AtMostMs  half of the requests finished within this many milliseconds (bucket bound); null without
 *                            requests
 * @param latencyP99AtMostMs  99 % of them did; null without requests
 */
public record TenantTraffic(double requestsPerMinute, double clientErrorRate, double serverErrorRate,
                            Long latencyP50AtMostMs, Long latencyP99AtMostMs) {

    public static final TenantTraffic NONE = new TenantTraffic(0, 0, 0, null, null);

    public static TenantTraffic of(TrafficCounts counts) {
        if (counts.requests() == 0) {
            return NONE;
        }
        double requests = counts.requests();
        return new TenantTraffic(requests / TrafficWindow.WINDOW.toMinutes(), counts.clientErrors() / requests,
                counts.serverErrors() / requests, counts.latencyAtMostMillis(0.5), counts.latencyAtMostMillis(0.99));
    }
}
