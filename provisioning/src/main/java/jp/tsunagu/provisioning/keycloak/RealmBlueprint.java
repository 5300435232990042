package jp.tsunagu.provisioning.keycloak;

import static jp.tsunagu.provisioning.keycloak.FlowStep.Requirement.ALTERNATIVE;
import static jp.tsunagu.provisioning.keycloak.FlowStep.Requirement.CONDITIONAL;
import static jp.tsunagu.provisioning.keycloak.FlowStep.Requirement.REQUIRED;
import static jp.tsunagu.provisioning.keycloak.FlowStep.configured;
import static jp.tsunagu.provisioning.keycloak.FlowStep.step;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a Tsunagu realm looks like, as data. Every interactive login needs password and TOTP: both sit in one
 * sub-flow behind a Level-of-Authentication condition (level 2), so no path through the browser or direct-grant
 * flow authenticates anyone on the password alone, and a completed login carries {@code acr} = {@value #ACR_OTP}
 * (realm attribute {@code acr.loa.map} = {@value #ACR_LOA_MAP}). {@value #WEB_CLIENT} additionally demands that
 * level as its default and minimum ACR, and has direct access grants off. A user without TOTP must set it up
 * before any token is issued (CONFIGURE_TOTP is a default required action and the OTP steps are REQUIRED).
 */
public record RealmBlueprint(String marker, List<RealmRole> roles, FlowBlueprint browserFlow, FlowBlueprint directGrantFlow) {

    public static final String WEB_CLIENT = "tsunagu-web";
    public static final String API_AUDIENCE = "tsunagu-api";
    public static final String OPERATOR_REALM = "tsunagu-ops";
    public static final String ACR_OTP = "otp";
    public static final String ACR_LOA_MAP = "{\"pwd\":1,\"otp\":2}";
    /** Realm attribute set as the last step of creation: a realm without it was never finished. */
    public static final String MARKER_ATTRIBUTE = "tsunagu.blueprint";

    /** User attributes Tsunagu sets; declared in each realm's user profile, or Keycloak would drop them. */
    public static final List<String> USER_ATTRIBUTES = List.of("tenant_id", "grant_id");

    /** Public-sector staff accounts: long, mixed, not the username or e-mail, not recently used. */
    public static final String PASSWORD_POLICY = "length(12) and maxLength(128) and notUsername and notEmail"
            + " and digits(1) and lowerCase(1) and upperCase(1) and passwordHistory(5)";

    /** How long a completed OTP login counts for SSO; equal to Keycloak's default SSO session maximum (10 h). */
    static final int LOA_MAX_AGE_SECONDS = 36_000;
    private static final int EVENTS_EXPIRATION_SECONDS = 90 * 24 * 3600;

    public RealmBlueprint {
        Objects.requireNonNull(marker, "marker");
        roles = List.copyOf(roles);
        Objects.requireNonNull(browserFlow, "browserFlow");
        Objects.requireNonNull(directGrantFlow, "directGrantFlow");
    }

    /** A realm role and what it is for. */
    public record RealmRole(String name, String description) {
        public RealmRole {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /** A prefecture's realm {@code pref-NN}. */
    public static RealmBlueprint tenant() {
        return new RealmBlueprint("tenant/1", List.of(
                new RealmRole("prefecture-admin", "都道府県の管理者: 市町村の利用権限を付与する"),
                new RealmRole("municipality-staff", "市町村の職員"),
                new RealmRole("municipality-lead", "市町村の責任者"),
                new RealmRole("support-worker", "支援者")),
                otpBrowserFlow(), otpDirectGrantFlow());
    }

    /** The national operators' realm {@value #OPERATOR_REALM}. */
    public static RealmBlueprint operator() {
        return new RealmBlueprint("operator/1",
                List.of(new RealmRole("national-operator", "全国の運用担当者")),
                otpBrowserFlow(), otpDirectGrantFlow());
    }

    /**
     * Cookie (SSO) or the forms; the forms are one conditional sub-flow: LoA level 2 condition, username and
     * password, OTP. A user without TOTP gets CONFIGURE_TOTP from the REQUIRED OTP form and must finish it.
     */
    static FlowBlueprint otpBrowserFlow() {
        return new FlowBlueprint("tsunagu browser", "Tsunagu: password and TOTP, acr otp", List.of(
                step("auth-cookie", ALTERNATIVE),
                new FlowStep.SubFlow("tsunagu browser forms", ALTERNATIVE, List.of(
                        new FlowStep.SubFlow("tsunagu browser password and otp", CONDITIONAL, List.of(
                                configured("conditional-level-of-authentication", REQUIRED,
                                        loaConfig("tsunagu browser loa otp")),
                                step("auth-username-password-form", REQUIRED),
                                step("auth-otp-form", REQUIRED)))))));
    }

    /** The password grant, should a client ever have it on: username, password and OTP, all required. */
    static FlowBlueprint otpDirectGrantFlow() {
        return new FlowBlueprint("tsunagu direct grant", "Tsunagu: password grant only with TOTP", List.of(
                new FlowStep.SubFlow("tsunagu direct grant password and otp", CONDITIONAL, List.of(
                        configured("conditional-level-of-authentication", REQUIRED,
                                loaConfig("tsunagu direct grant loa otp")),
                        step("direct-grant-validate-username", REQUIRED),
                        step("direct-grant-validate-password", REQUIRED),
                        step("direct-grant-validate-otp", REQUIRED)))));
    }

    private static FlowStep.Config loaConfig(String alias) {
        return new FlowStep.Config(alias, Map.of(
                "loa-condition-level", "2",
                "loa-max-age", Integer.toString(LOA_MAX_AGE_SECONDS)));
    }

    /**
     * The realm as created: everything except the flows, which are added afterwards, and disabled until
     * {@link #completion()} is applied, so a half-made realm cannot be logged into.
     */
    public JsonObject realmRepresentation(String realmName, String displayName, URI publicAppUrl) {
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        roles.forEach(r -> roleArray.add(Json.createObjectBuilder().add("name", r.name()).add("description", r.description())));
        return Json.createObjectBuilder()
                .add("realm", realmName)
                .add("displayName", displayName)
                .add("enabled", false)
                .add("sslRequired", "external")
                .add("registrationAllowed", false)
                .add("resetPasswordAllowed", false)
                .add("rememberMe", false)
                .add("editUsernameAllowed", false)
                .add("duplicateEmailsAllowed", false)
                .add("passwordPolicy", PASSWORD_POLICY)
                // Keycloak answers 500 to a partial OTP policy: always all of it.
                .add("otpPolicyType", "totp")
                .add("otpPolicyAlgorithm", "HmacSHA1")
                .add("otpPolicyDigits", 6)
                .add("otpPolicyPeriod", 30)
                .add("otpPolicyLookAheadWindow", 1)
                .add("otpPolicyInitialCounter", 0)
                .add("otpPolicyCodeReusable", false)
                .add("bruteForceProtected", true)
                .add("permanentLockout", false)
                .add("failureFactor", 5)
                .add("waitIncrementSeconds", 60)
                .add("maxFailureWaitSeconds", 900)
                .add("maxDeltaTimeSeconds", 43_200)
                .add("quickLoginCheckMilliSeconds", 1000)
                .add("minimumQuickLoginWaitSeconds", 60)
                .add("eventsEnabled", true)
                .add("eventsExpiration", EVENTS_EXPIRATION_SECONDS)
                .add("adminEventsEnabled", true)
                // Details would copy representations (names, e-mails) into the admin event store.
                .add("adminEventsDetailsEnabled", false)
                .add("internationalizationEnabled", true)
                .add("supportedLocales", Json.createArrayBuilder().add("ja").add("en"))
                .add("defaultLocale", "ja")
                .add("attributes", Json.createObjectBuilder().add("acr.loa.map", ACR_LOA_MAP))
                .add("roles", Json.createObjectBuilder().add("realm", roleArray))
                .add("clients", Json.createArrayBuilder().add(webClient(publicAppUrl)))
                .build();
    }

    /**
     * The public browser client: authorization code with PKCE S256 only, OTP level demanded, the API audience in
     * its access tokens. Redirects go to the application; when the application itself runs on loopback
     * (development, the demo, tests) also to any port of {@code http://127.0.0.1} (RFC 8252). A production realm
     * never accepts loopback: on a shared office PC any local process could catch an authorization code there.
     */
    public JsonObject webClient(URI publicAppUrl) {
        String app = publicAppUrl.toString().replaceAll("/+$", "");
        JsonArrayBuilder redirects = Json.createArrayBuilder().add(app + "/*");
        if ("127.0.0.1".equals(publicAppUrl.getHost())) {
            redirects.add("http://127.0.0.1/*");
        }
        return Json.createObjectBuilder()
                .add("clientId", WEB_CLIENT)
                .add("name", "Tsunagu")
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", true)
                .add("standardFlowEnabled", true)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("serviceAccountsEnabled", false)
                .add("frontchannelLogout", true)
                .add("rootUrl", app)
                .add("redirectUris", redirects)
                .add("webOrigins", Json.createArrayBuilder().add("+"))
                .add("attributes", Json.createObjectBuilder()
                        .add("pkce.code.challenge.method", "S256")
                        .add("post.logout.redirect.uris", "+")
                        .add("default.acr.values", ACR_OTP)
                        .add("minimum.acr.value", ACR_OTP)
                        .add("oauth2.device.authorization.grant.enabled", "false")
                        .add("oidc.ciba.grant.enabled", "false"))
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", API_AUDIENCE + " audience")
                        .add("protocol", "openid-connect")
                        .add("protocolMapper", "oidc-audience-mapper")
                        .add("config", Json.createObjectBuilder()
                                .add("included.custom.audience", API_AUDIENCE)
                                .add("access.token.claim", "true")
                                .add("id.token.claim", "false")
                                .add("introspection.token.claim", "true"))))
                .build();
    }

    /** The last update of a new realm: bind the flows, mark it finished, enable it. */
    public JsonObject completion() {
        return Json.createObjectBuilder()
                .add("browserFlow", browserFlow.alias())
                .add("directGrantFlow", directGrantFlow.alias())
                .add("attributes", Json.createObjectBuilder()
                        .add("acr.loa.map", ACR_LOA_MAP)
                        .add(MARKER_ATTRIBUTE, marker))
                .add("enabled", true)
                .build();
    }

    /** A user-profile attribute only administrators see and edit. */
    static JsonObject declaredUserAttribute(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("displayName", name)
                .add("multivalued", false)
                .add("permissions", Json.createObjectBuilder()
                        .add("view", Json.createArrayBuilder().add("admin"))
                        .add("edit", Json.createArrayBuilder().add("admin")))
                .add("validations", Json.createObjectBuilder()
                        .add("length", Json.createObjectBuilder().add("max", 64)))
                .build();
    }
}
