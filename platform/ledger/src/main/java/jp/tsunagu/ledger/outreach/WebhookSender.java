package jp.tsunagu.ledger.outreach;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Posts a hand-over to a portal's webhook with MicroProfile Fault Tolerance: each attempt times out after 10 s, a
 * failed one (no answer, or not 2xx) is tried twice more, 0.5 s apart. The portal receives the same delivery id each
 * time, so it can drop a repeat.
 */
@ApplicationScoped
public class WebhookSender {

    @Retry(maxRetries = 2, delay = 500, delayUnit = ChronoUnit.MILLIS)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public void send(URI webhook, SegmentHandOver handOver) {
        PortalWebhook portal = RestClientBuilder.newBuilder().baseUri(webhook)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(PortalWebhook.class);
        try (Response response = portal.receive(handOver)) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new WebhookRefusedException(response.getStatus());
            }
        }
    }

    /** The portal answered, but not with success. */
    public static class WebhookRefusedException extends RuntimeException {
        WebhookRefusedException(int status) {
            super("the portal's webhook answered " + status);
        }
    }
}
