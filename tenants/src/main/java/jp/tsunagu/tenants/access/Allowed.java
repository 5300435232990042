package jp.tsunagu.tenants.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kinds of caller that may call a resource method (or every method of a resource class). On a method it
 * replaces the class's; it combines with {@link RequiresRole} and {@link OperatorOnly}: all must pass.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    CallerKind[] value();
}
