package jp.tsunagu.ledger.imports.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import jp.tsunagu.ledger.imports.control.ImportSettings;
import jp.tsunagu.ledger.imports.csv.ImportFileException;
import jp.tsunagu.tenants.problem.LimitedBody;

/**
 * The body limit of import uploads, in place of the application's JSON limit: {@code tsunagu.ledger.import.max-bytes},
 * plus room for the framing of a multipart form. A declared length over it is refused (413) before the body is read,
 * so a client that waits for {@code 100 Continue} never sends it; an undeclared (chunked) body is cut off at the
 * limit. Runs after authentication and the access policy: nobody's body is read before they are known. The exact
 * limit on the file itself is the import's scan's.
 */
@Provider
@ImportUpload
@Priority(Priorities.USER)
public class ImportUploadLimit implements ContainerRequestFilter {

    static final long FORM_FRAMING = 64 * 1024;

    @Inject
    ImportSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        long max = settings.limits().maxBytes();
        long limit = max + (MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType()) ? FORM_FRAMING : 0);
        if (request.getLength() > limit) {
            throw ImportFileException.tooLarge(max);
        }
        request.setEntityStream(new LimitedBody(request.getEntityStream(), limit, () -> ImportFileException.tooLarge(max)));
    }
}
