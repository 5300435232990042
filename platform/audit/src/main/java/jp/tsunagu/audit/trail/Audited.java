package jp.tsunagu.audit.trail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Every call of this REST method is an entry of the tenant's access log, allowed, refused or failed — also when the
 * request is refused before the method runs (no active grant, wrong role: {@link AuditRefusalFilter}). The entry
 * takes the disaster instance from the path parameter {@code disasterId}, the person from {@code personId}, other
 * path ids and the query parameters as the normalised query, the parameters named in {@link #personal()} as keyed
 * digests, and everything else from {@link AuditNotes}.
 */
@Inherited
@InterceptorBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action, e.g. {@code ledger.person.read}. */
    @Nonbinding
    String value() default "";

    /** Query parameters whose values are personal data (names, addresses, birth dates). */
    @Nonbinding
    String[] personal() default {};

    /**
     * Only refused and failed calls are entries; an allowed call leaves its own record (a self-report is stored with
     * the portal that sent it), and logging each one would put a chain append on a path built for thousands a second.
     */
    @Nonbinding
    boolean refusalsOnly() default false;
}
