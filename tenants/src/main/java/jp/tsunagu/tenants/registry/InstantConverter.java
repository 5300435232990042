package jp.tsunagu.tenants.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores an {@link Instant} in a {@code timestamptz} column. Jakarta Persistence 3.1 (EclipseLink 4.0) does not
 * map Instant itself and would serialise it to bytes; a JDBC Timestamp is an instant and the driver sends it with
 * the session's offset, so the column holds the right moment.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
