package jp.tsunagu.ledger.mynumber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cipher, from MicroProfile Config: {@code tsunagu.ledger.my-number.keys} ({@code id=base64,...}, e.g. from
 * the environment variable TSUNAGU_LEDGER_MY_NUMBER_KEYS fed by a secret) and {@code tsunagu.ledger.my-number.current-key}.
 * There is no default key: without configuration the application cannot store a 個人番号.
 */
@ApplicationScoped
public class MyNumberConfiguration {

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.my-number.keys")
    String keys;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.my-number.current-key")
    String currentKey;

    // Singleton, not ApplicationScoped: the cipher is final and needs no proxy.
    @Produces
    @Singleton
    MyNumberCipher cipher() {
        return new MyNumberCipher(MyNumberKeyRing.parse(keys, currentKey));
    }
}
