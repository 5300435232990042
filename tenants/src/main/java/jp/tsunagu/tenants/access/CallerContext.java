package jp.tsunagu.tenants.access;

import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The verified caller of the current request, set once by {@link BearerAuthenticationFilter}. Empty on public paths
 * and outside requests; code that needs a caller calls {@link #require()} and so fails closed.
 */
@RequestScoped
public class CallerContext {

    private Caller caller;
    private AccessScope accessScope;

    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        if (caller == null) {
            throw new IllegalStateException("this request has no authenticated caller");
        }
        return caller;
    }

    /** The active grants of a person checked through {@link CallerAuthorizations}; empty for everyone else. */
    public Optional<AccessScope> accessScope() {
        return Optional.ofNullable(accessScope);
    }

    void authenticated(Caller verified) {
        Objects.requireNonNull(verified, "caller");
        if (caller != null && !caller.equals(verified)) {
            throw new IllegalStateException("the caller of a request is set once");
        }
        caller = verified;
    }

    void granted(AccessScope scope) {
        if (caller == null) {
            throw new IllegalStateException("grants belong to an authenticated caller");
        }
        accessScope = Objects.requireNonNull(scope, "scope");
    }
}
