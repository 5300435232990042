package jp.tsunagu.tenants.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must hold at least one of these roles. For a person checked through {@link CallerAuthorizations}, the
 * roles of their active grants count, not the token's (a revoked grant may still be in a token); for everyone else
 * the token's realm roles count.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    String[] value();
}
