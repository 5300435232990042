package jp.tsunagu.app.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;

import jp.tsunagu.tenants.problem.LimitedBody;

/**
 * Refuses JSON bodies over a limit with 413, whether the client declared the length or streams it chunked. A batch
 * endpoint (a path whose last segment is {@code batch}, e.g. self-reports) has a limit of its own, set for the number
 * of items it takes. Other bodies are not JSON and not limited here: import uploads (CSV) have their own, larger limit on their own
 * endpoints (the ledger's {@code ImportUploadLimit}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "tsunagu.api.max-json-body-bytes", defaultValue = "262144")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "tsunagu.api.max-json-batch-body-bytes", defaultValue = "4194304")
    long maxBatchBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMediaType() == null || !request.getMediaType().getSubtype().endsWith("json")) {
            return;
        }
        long limit = request.getUriInfo().getPath().endsWith("/batch") ? maxBatchBytes : maxBytes;
        if (request.getLength() > limit) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        request.setEntityStream(new LimitedBody(request.getEntityStream(), limit,
                () -> new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE)));
    }
}
