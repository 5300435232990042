package jp.tsunagu.ledger.mynumber;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cipher, from MicroProfile Config: {@code tsunagu.ledger.my-number.keys} ({@code id=base64,...}, e.g. from the
 * environment variable TSUNAGU_LEDGER_MY_NUMBER_KEYS fed by a secret) and {@code tsunagu.ledger.my-number.current-key}.
 * There is no default key. Without configuration the application still starts, imports refuse 個人番号 columns
 * ({@code MY_NUMBER_NOT_ACCEPTED}) and anything that needs the cipher fails with a clear message.
 */
@ApplicationScoped
public class MyNumberConfiguration {

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.my-number.keys")
    Optional<String> keys;

    @Inject
    @ConfigProperty(name = "tsunagu.ledger.my-number.current-key")
    Optional<String> currentKey;

    /** The cipher if keys are configured: what an import job takes. */
    public Optional<MyNumberCipher> configured() {
        if (keys.isEmpty() || currentKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MyNumberCipher(MyNumberKeyRing.parse(keys.get(), currentKey.get())));
    }

    // Singleton, not ApplicationScoped: the cipher is final and needs no proxy.
    @Produces
    @Singleton
    MyNumberCipher cipher() {
        return configured().orElseThrow(() -> new IllegalStateException(
                "no my-number keys configured (tsunagu.ledger.my-number.keys and .current-key)"));
    }
}
