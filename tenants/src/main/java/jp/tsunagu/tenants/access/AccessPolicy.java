package jp.tsunagu.tenants.access;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The access rules a resource method declares through {@link Allowed}, {@link RequiresRole} and {@link OperatorOnly}
 * (a method's annotation replaces its class's of the same type). A method that declares none may not be called by
 * anyone authenticated: forgetting the annotation closes the endpoint instead of opening it.
 */
record AccessPolicy(Optional<Set<CallerKind>> kinds, Optional<Set<String>> anyRole, boolean operatorOnly) {

    static AccessPolicy of(Method method, Class<?> resource) {
        Optional<Set<CallerKind>> kinds = annotation(method, resource, Allowed.class)
                .map(allowed -> allowed.value().length == 0 ? EnumSet.noneOf(CallerKind.class)
                        : EnumSet.copyOf(List.of(allowed.value())));
        Optional<Set<String>> roles = annotation(method, resource, RequiresRole.class)
                .map(required -> Set.of(required.value()));
        boolean operatorOnly = annotation(method, resource, OperatorOnly.class).isPresent();
        return new AccessPolicy(kinds, roles, operatorOnly);
    }

    boolean isDeclared() {
        return kinds.isPresent() || anyRole.isPresent() || operatorOnly;
    }

    Optional<AccessRefusal> refusal(Caller caller, Optional<AccessScope> grants) {
        if (!isDeclared()) {
            return Optional.of(AccessRefusal.NO_ACCESS_POLICY);
        }
        if (operatorOnly && !caller.isNationalOperator()) {
            return Optional.of(AccessRefusal.OPERATOR_ONLY);
        }
        if (kinds.filter(allowed -> !allowed.contains(caller.kind())).isPresent()) {
            return Optional.of(AccessRefusal.CALLER_KIND_NOT_ALLOWED);
        }
        // The active grants are the current truth for people who need one; token roles may be minutes old.
        Set<String> held = grants.map(AccessScope::roles).orElse(caller.realmRoles());
        if (anyRole.filter(required -> required.stream().noneMatch(held::contains)).isPresent()) {
            return Optional.of(AccessRefusal.ROLE_REQUIRED);
        }
        return Optional.empty();
    }

    private static <A extends java.lang.annotation.Annotation> Optional<A> annotation(Method method, Class<?> resource,
                                                                                       Class<A> type) {
        return Optional.ofNullable(method.getAnnotation(type)).or(() -> Optional.ofNullable(resource.getAnnotation(type)));
    }
}
