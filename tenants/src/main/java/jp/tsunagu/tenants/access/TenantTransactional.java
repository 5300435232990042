package jp.tsunagu.tenants.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Binds the transaction of the annotated method to the schema of the request's tenant ({@link CurrentTenant}).
 * Use it together with {@code @Transactional}, whose interceptor runs first:
 *
 * <pre>{@code
 * @Transactional
 * @TenantTransactional
 * public Victim register(...) { ... }
 * }</pre>
 *
 * Without a tenant it throws {@link NoTenantException}; without a transaction it throws IllegalStateException.
 */
@Inherited
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface TenantTransactional {
}
