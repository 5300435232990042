package jp.tsunagu.tenants.access;

/** Tenant data was asked for where no tenant is known (no verified token, or background work without one). */
public class NoTenantException extends RuntimeException {

    public NoTenantException(String message) {
        super(message);
    }
}
