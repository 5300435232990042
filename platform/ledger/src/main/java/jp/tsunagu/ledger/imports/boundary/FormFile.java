package jp.tsunagu.ledger.imports.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * The part named {@code file} of a {@code multipart/form-data} upload, read with the runtime's standard
 * {@code List<EntityPart>} support (which buffers large parts on disk, not in memory). Read on demand rather than
 * injected, so the caller's access is checked before a byte of the form is read.
 */
record FormFile(InputStream content, Optional<String> fileName) {

    static final String PART = "file";
    private static final GenericType<List<EntityPart>> PARTS = new GenericType<>() {
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    static FormFile read(Providers providers, HttpHeaders headers, InputStream body) {
        MessageBodyReader<List<EntityPart>> reader = providers.getMessageBodyReader((Class) List.class, PARTS.getType(),
                new Annotation[0], headers.getMediaType());
        try {
            List<EntityPart> parts = reader.readFrom((Class) List.class, PARTS.getType(), new Annotation[0],
                    headers.getMediaType(), headers.getRequestHeaders(), body);
            EntityPart file = parts.stream().filter(part -> part.getName().equals(PART)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException(PART, "the form has no part named " + PART));
            return new FormFile(file.getContent(), file.getFileName());
        } catch (IOException e) {
            throw new InvalidRequestException(PART, "the upload did not arrive completely; send it again");
        }
    }
}
