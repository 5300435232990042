package jp.tsunagu.tenants.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Runs work for one named tenant in a transaction of its own, bound to that tenant's schema: for background
 * jobs, schedulers and operator tasks, which have no request and so no {@link CurrentTenant}. The tenant is
 * passed explicitly, never inherited from a thread. The new transaction also gives the work a fresh
 * persistence context, so nothing read for another tenant can be served from it. Any failure rolls back.
 */
@ApplicationScoped
public class TenantWork {

    @Inject
    TenantSchemaBinding binding;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(PrefectureCode tenant, Callable<T> work) {
        binding.bind(tenant);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TenantWorkException(tenant, e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(PrefectureCode tenant, Runnable work) {
        binding.bind(tenant);
        work.run();
    }

    /** A checked exception from tenant work, carried out unchecked so that the transaction rolls back. */
    public static class TenantWorkException extends RuntimeException {

        public TenantWorkException(PrefectureCode tenant, Exception cause) {
            // The cause's message may quote values; the cause itself travels along for whoever handles it.
            super("work for tenant " + tenant + " failed: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
