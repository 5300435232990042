package jp.tsunagu.ledger.record;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.postgresql.util.PGobject;

/**
 * Maps a UUID that may be null to a PostgreSQL {@code uuid} column. EclipseLink 4.0 fails on null UUIDs both ways:
 * reading one throws a NullPointerException in its UUIDConverter (eclipselink#2768, fixed after 4.0.7) and writing one
 * binds a varchar null that PostgreSQL refuses for a uuid column (eclipselink#2717). A typed PGobject avoids both.
 */
@Converter
public class NullableUuidColumn implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        PGobject value = new PGobject();
        value.setType("uuid");
        try {
            value.setValue(uuid == null ? null : uuid.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("a uuid cannot be bound", e);
        }
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        return switch (value) {
            case null -> null;
            case UUID uuid -> uuid;
            case PGobject object -> object.getValue() == null ? null : UUID.fromString(object.getValue());
            default -> UUID.fromString(value.toString());
        };
    }
}
