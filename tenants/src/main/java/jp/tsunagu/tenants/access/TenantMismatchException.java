package jp.tsunagu.tenants.access;

import jp.tsunagu.tenants.reference.PrefectureCode;

/** One request or transaction tried to reach a second tenant: a transaction serves exactly one tenant. */
public class TenantMismatchException extends IllegalStateException {

    public TenantMismatchException(PrefectureCode bound, PrefectureCode requested) {
        super("already bound to tenant " + bound + ", refusing tenant " + requested);
    }
}
