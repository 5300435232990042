package jp.tsunagu.app.it;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagu.stack.KeycloakBrowserLogin;
import jp.tsunagu.stack.LoginAttempt;
import jp.tsunagu.stack.LoginOutcome;
import jp.tsunagu.stack.Totp;

/**
 * Logs test users in through the real Keycloak login pages with password + TOTP, and keeps their tokens while
 * they are fresh. A TOTP code is accepted once per 30-second period, so a second login of the same user waits
 * for the next period instead of failing.
 */
public final class Logins {

    /** A human account the tests know the secrets of. */
    public record Account(String realm, String username, String password, String otpSecret) {

        public Totp totp() {
            return Totp.fromKeycloakSecret(otpSecret);
        }
    }

    private record Cached(String token, Instant expires) {
    }

    private final KeycloakBrowserLogin browser;
    private final Map<String, Cached> tokens = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPeriod = new ConcurrentHashMap<>();

    Logins(KeycloakBrowserLogin browser) {
        this.browser = browser;
    }

    /** A valid access token of the account, from a real password + TOTP login when none is cached. */
    public synchronized String token(Account account) {
        Cached cached = tokens.get(key(account));
        if (cached != null && Instant.now().isBefore(cached.expires().minusSeconds(30))) {
            return cached.token();
        }
        LoginOutcome outcome = login(account, null);
        if (!(outcome instanceof LoginOutcome.LoggedIn loggedIn)) {
            throw new IllegalStateException("login of a test account failed: " + outcome);
        }
        Instant expires = Instant.ofEpochSecond(loggedIn.tokens().claims().getJsonNumber("exp").longValue());
        tokens.put(key(account), new Cached(loggedIn.tokens().accessToken(), expires));
        return loggedIn.tokens().accessToken();
    }

    /** One login attempt with the given code instead of the right one (null: the right one), in a fresh period. */
    public synchronized LoginOutcome login(Account account, String code) {
        Instant period = freshPeriod(key(account));
        LoginAttempt attempt = LoginAttempt.of(account.username(), account.password());
        attempt = code == null ? attempt.withOtp(account.totp(), period) : attempt.withOtpCode(code);
        return browser.login(account.realm(), attempt);
    }

    /** Keeps the token of a login made elsewhere (a first login); that login spent the current code. */
    public synchronized void loggedInNow(Account account, String token, Instant expires) {
        lastPeriod.put(key(account), Instant.now().getEpochSecond() / 30);
        tokens.put(key(account), new Cached(token, expires));
    }

    /**
     * A code for a login this class does not make (a real browser typing it): from a period no login of the account
     * used yet, which is then counted as used.
     */
    public synchronized String freshCode(Account account) {
        return account.totp().codeAt(freshPeriod(key(account)));
    }

    public String currentCode(Account account) {
        return account.totp().codeAt(Instant.now());
    }

    // Waits, if this account used the current 30-second period already, for the next one; returns a time in it.
    private Instant freshPeriod(String key) {
        long period = Instant.now().getEpochSecond() / 30;
        Long last = lastPeriod.get(key);
        if (last != null && last >= period) {
            period = last + 1;
            sleepUntil(period * 30);
        }
        lastPeriod.put(key, period);
        return Instant.now();
    }

    private static String key(Account account) {
        return account.realm() + "/" + account.username();
    }

    private static void sleepUntil(long epochSecond) {
        long millis = epochSecond * 1000 - System.currentTimeMillis() + 200;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
