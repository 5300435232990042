package jp.tsunagu.tenants.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * The tenant of the current request, set once from the verified token (never from a header or a parameter
 * the client chooses). Empty until set; {@link #require()} fails closed. Background work does not use this:
 * it names its tenant explicitly through {@link TenantWork}.
 */
@RequestScoped
public class CurrentTenant {

    private PrefectureCode tenant;

    /** Sets the request's tenant. Setting the same one again is harmless; switching to another is refused. */
    public void set(PrefectureCode tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (this.tenant != null && !this.tenant.equals(tenant)) {
            throw new TenantMismatchException(this.tenant, tenant);
        }
        this.tenant = tenant;
    }

    /** Every verified caller of a tenant realm works in that tenant; operators have none and get no tenant data. */
    void bind(@Observes CallerAuthenticated authenticated) {
        authenticated.caller().tenant().ifPresent(this::set);
    }

    public Optional<PrefectureCode> get() {
        return Optional.ofNullable(tenant);
    }

    /** The request's tenant, or a {@link NoTenantException}: no tenant means no tenant data. */
    public PrefectureCode require() {
        if (tenant == null) {
            throw new NoTenantException("this request has no tenant");
        }
        return tenant;
    }
}
