package jp.tsunagu.app.activity;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;

/**
 * Counts and times every API request per tenant (Prometheus at /metrics: {@code tsunagu_requests_total} and
 * {@code tsunagu_request_seconds} with labels {@code tenant} and {@code outcome}), and notes tenant activity.
 * Operators' requests are labelled {@code tenant="operator"}; unauthenticated ones {@code tenant="none"}.
 * Only figures: no path, no user, no query.
 */
@Provider
@PreMatching
public class RequestFigures implements ContainerRequestFilter, ContainerResponseFilter {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RequestFigures.class.getName());

    private static final String STARTED = RequestFigures.class.getName() + ".started";
    private static final Metadata REQUESTS = Metadata.builder().withName("tsunagu.requests")
            .withDescription("API requests by tenant and outcome").build();
    private static final Metadata LATENCY = Metadata.builder().withName("tsunagu.request")
            .withDescription("API request latency by tenant and outcome").withUnit("seconds").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Inject
    CallerContext callers;

    @Inject
    TenantActivity activity;

    @Inject
    NodeTraffic traffic;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        String tenant = callers.current().map(RequestFigures::tenantLabel).orElse("none");
        Tag[] tags = {new Tag("tenant", tenant), new Tag("outcome", outcome(response.getStatus()))};
        metrics.counter(REQUESTS, tags).inc();
        if (started instanceof Long nanos) {
            long took = System.nanoTime() - nanos;
            metrics.timer(LATENCY, tags).update(Duration.ofNanos(took));
            traffic.record(tenant, response.getStatus(), took);
        }
        // The answer is decided already: noting activity must never turn it into an error.
        try {
            callers.current().flatMap(Caller::tenant).filter(activity::isDue).ifPresent(activity::noteActivity);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Tenant activity not noted: " + e.getClass().getSimpleName());
        }
    }

    private static String tenantLabel(Caller caller) {
        return caller.tenant().map(Object::toString).orElse("operator");
    }

    static String outcome(int status) {
        if (status >= 500) {
            return "server_error";
        }
        if (status >= 400) {
            return "client_error";
        }
        return "success";
    }
}
