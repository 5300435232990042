package jp.tsunagu.tenants.registry;

import jp.tsunagu.tenants.reference.PrefectureCode;

/** A tenant was asked to do something its status does not allow, e.g. complete a step before the one it needs. */
public class TenantStateException extends IllegalStateException {

    private final PrefectureCode tenant;

    public TenantStateException(PrefectureCode tenant, String message) {
        super("tenant " + tenant + ": " + message);
        this.tenant = tenant;
    }

    public PrefectureCode tenant() {
        return tenant;
    }
}
