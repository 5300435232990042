package jp.tsunagu.tenants.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.reference.PrefectureCode;

class OnboardedRealmsTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);
    final RealmIssuers realms = new RealmIssuers(URI.create("http://keycloak:8080/"),
            URI.create("https://login.tsunagu.example"));
    final OnboardedRealms directory = new OnboardedRealms(realms, Set.of(ISHIKAWA)::contains);

    @Test
    void namesIssuersByThePublicUrlAndFetchesKeysFromTheInternalOne() {
        TrustedIssuer ishikawa = realms.tenant(ISHIKAWA);
        assertEquals("https://login.tsunagu.example/realms/pref-17", ishikawa.issuer());
        assertEquals(URI.create("http://keycloak:8080/realms/pref-17/protocol/openid-connect/certs"), ishikawa.jwksUri());
        assertEquals(Optional.of(ISHIKAWA), ishikawa.tenant());

        TrustedIssuer operators = realms.operators();
        assertEquals("https://login.tsunagu.example/realms/tsunagu-ops", operators.issuer());
        assertTrue(operators.isOperatorRealm());
    }

    @Test
    void usesTheInternalUrlAsIssuerWhenNoPublicUrlIsConfigured() {
        for (Optional<String> publicUrl : List.of(Optional.<String>empty(), Optional.of(" "))) {
            TrustedIssuer ishikawa = RealmIssuers.fromConfiguration("http://127.0.0.1:8180", publicUrl).tenant(ISHIKAWA);
            assertEquals("http://127.0.0.1:8180/realms/pref-17", ishikawa.issuer());
            assertEquals(URI.create("http://127.0.0.1:8180/realms/pref-17/protocol/openid-connect/certs"),
                    ishikawa.jwksUri());
        }
        assertEquals("https://login.tsunagu.example/realms/tsunagu-ops", RealmIssuers.fromConfiguration(
                "http://keycloak:8080", Optional.of("https://login.tsunagu.example/")).operators().issuer());
    }

    @Test
    void tellsBrowsersThePublicUrlWithoutATrailingSlash() {
        assertEquals("https://login.tsunagu.example", realms.publicBase());
        assertEquals("http://127.0.0.1:8180",
                RealmIssuers.fromConfiguration("http://127.0.0.1:8180/", Optional.empty()).publicBase());
    }

    @Test
    void trustsOnboardedTenantsAndTheOperatorRealm() {
        assertEquals(Optional.of(realms.tenant(ISHIKAWA)), directory.find("https://login.tsunagu.example/realms/pref-17"));
        assertEquals(Optional.of(realms.operators()), directory.find("https://login.tsunagu.example/realms/tsunagu-ops"));
    }

    @Test
    void trustsNothingElse() {
        for (String issuer : List.of("https://login.tsunagu.example/realms/pref-16",
                "https://login.tsunagu.example/realms/pref-00", "https://login.tsunagu.example/realms/pref-48",
                "https://login.tsunagu.example/realms/pref-1", "https://login.tsunagu.example/realms/pref-17/",
                "https://login.tsunagu.example/realms/pref-17x", "https://login.tsunagu.example/realms/pref-１７",
                "http://keycloak:8080/realms/pref-17", "https://login.tsunagu.example/realms/master",
                "https://login.tsunagu.example.evil/realms/pref-17", "")) {
            assertEquals(Optional.empty(), directory.find(issuer), issuer);
        }
        assertEquals(Optional.empty(), directory.find(null));
    }

    @Test
    void asksTheRegistryAtEveryLookUp() {
        Set<PrefectureCode> onboarded = new java.util.HashSet<>(Set.of(ISHIKAWA));
        OnboardedRealms live = new OnboardedRealms(realms, onboarded::contains);
        onboarded.remove(ISHIKAWA);
        assertEquals(Optional.empty(), live.find("https://login.tsunagu.example/realms/pref-17"));
    }

    @Test
    void refusesKeyAddressesThatAreNotHttp() {
        assertThrows(IllegalArgumentException.class,
                () -> TrustedIssuer.ofOperators("x", URI.create("file:///etc/keys.json")));
        assertThrows(IllegalArgumentException.class, () -> new RealmIssuers(URI.create("keycloak"), URI.create("x")));
    }
}
