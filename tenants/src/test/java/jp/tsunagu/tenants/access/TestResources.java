package jp.tsunagu.tenants.access;

import static jp.tsunagu.tenants.access.CallerKind.OPERATOR;
import static jp.tsunagu.tenants.access.CallerKind.PERSON;
import static jp.tsunagu.tenants.access.CallerKind.SERVICE;

import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Resources with each kind of access declaration; they answer with what they saw of the caller. */
final class TestResources {

    private TestResources() {
    }

    @Path("v1/public/ping")
    public static class PublicPing {
        @GET
        public String ping() {
            return "pong";
        }
    }

    @Path("v1/public/protected")
    @Allowed(PERSON)
    public static class ProtectedUnderPublicPath {
        @GET
        public String get() {
            return "protected";
        }
    }

    @Path("v1/shelters")
    @Allowed({PERSON, SERVICE})
    public static class Shelters {

        private final Supplier<CallerContext> context;

        public Shelters(Supplier<CallerContext> context) {
            this.context = context;
        }

        @GET
        public String list() {
            Caller caller = context.get().require();
            return caller.kind() + " " + caller.requireTenant()
                    + context.get().accessScope().map(scope -> " " + scope.roles()).orElse("");
        }

        @GET
        @Path("people-only")
        @Allowed(PERSON)
        public String peopleOnly() {
            return "people";
        }

        @GET
        @Path("leads")
        @RequiresRole("municipality-lead")
        public String leads() {
            return "leads";
        }

        @GET
        @Path("admin")
        @Allowed(PERSON)
        @RequiresRole(KeycloakNames.PREFECTURE_ADMIN_ROLE)
        public String admin() {
            return "admin";
        }

        @Path("details")
        public Details details() {
            return new Details();
        }
    }

    /** A sub-resource without any declaration: reached through a locator, never through a name binding. */
    public static class Details {
        @GET
        public String get() {
            return "details";
        }
    }

    @Path("v1/undeclared")
    public static class Undeclared {
        @GET
        public String get() {
            return "open?";
        }
    }

    @Path("v1/national")
    public static class National {
        @GET
        @OperatorOnly
        public String figures() {
            return "figures";
        }

        @GET
        @Path("any")
        @Allowed({PERSON, SERVICE, OPERATOR})
        public String any() {
            return "any";
        }
    }
}
