package jp.tsunagu.tenants.access;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Binds the transaction to the request's tenant before the method runs. Its priority puts it inside the
 * {@code @Transactional} interceptor (PLATFORM_BEFORE + 200), so the transaction already exists.
 */
@TenantTransactional
@Interceptor
@Priority(TenantTransactionalInterceptor.PRIORITY)
public class TenantTransactionalInterceptor {

    static final int PRIORITY = Interceptor.Priority.LIBRARY_BEFORE + 100;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantSchemaBinding binding;

    TenantTransactionalInterceptor() {
        // for CDI
    }

    TenantTransactionalInterceptor(CurrentTenant currentTenant, TenantSchemaBinding binding) {
        this.currentTenant = currentTenant;
        this.binding = binding;
    }

    @AroundInvoke
    Object bindToCurrentTenant(InvocationContext invocation) throws Exception {
        binding.bind(requestTenant());
        return invocation.proceed();
    }

    private PrefectureCode requestTenant() {
        try {
            return currentTenant.require();
        } catch (ContextNotActiveException e) {
            throw new NoTenantException("no request, so no tenant: background work names its tenant through TenantWork");
        }
    }
}
