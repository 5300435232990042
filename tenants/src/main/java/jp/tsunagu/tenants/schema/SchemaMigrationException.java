package jp.tsunagu.tenants.schema;

/** A schema could not be created or migrated; the application must not serve that tenant. */
public class SchemaMigrationException extends RuntimeException {

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
