package jp.tsunagu.tenants.access;

import java.util.Objects;

/**
 * CDI event fired synchronously once per request, right after the bearer token was verified and before any grant
 * check or resource method. The request-scoped tenant holder observes it to bind the caller's tenant:
 * {@code void bind(@Observes CallerAuthenticated event)}. An observer that throws fails the request.
 */
public record CallerAuthenticated(Caller caller) {

    public CallerAuthenticated {
        Objects.requireNonNull(caller, "caller");
    }
}
