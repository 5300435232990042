package jp.tsunagu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page reader on small hand-written pages shaped like Keycloak's login theme. */
class LoginPageTest {

    private static final URI PAGE = URI.create("http://127.0.0.1:8180/realms/pref-17/login-actions/authenticate?x=1");

    @Test
    void aUsernameAndPasswordFormWithAnError() {
        String html = """
                <html><head><title>石川県にサインイン</title></head><body>
                <form id="kc-form-login" action="http://127.0.0.1:8180/realms/pref-17/login-actions/authenticate?session_code=a&amp;execution=b&amp;tab_id=c" method="post">
                  <input id="username" name="username" value="" type="text"
                         autofocus>
                  <input id="password" name="password" type="password">
                  <input type="hidden" id="id-hidden-input" name="credentialId" />
                  <span class="pf-v5-c-helper-text__item-text pf-m-error kc-feedback-text">
                      無効なユーザー名またはパスワードです。
                  </span>
                </form></body></html>
                """;

        LoginPage page = LoginPage.parse(html, PAGE);

        assertEquals(LoginPage.Kind.USERNAME_AND_PASSWORD, page.kind());
        assertEquals(URI.create("http://127.0.0.1:8180/realms/pref-17/login-actions/authenticate?session_code=a&execution=b&tab_id=c"),
                page.action().orElseThrow());
        assertEquals(Map.of("credentialId", ""), page.fields());
        assertEquals(Optional.of("無効なユーザー名またはパスワードです。"), page.error());
        assertEquals("石川県にサインイン", page.title());
    }

    @Test
    void theTotpSetupFormCarriesItsHiddenSecret() {
        String html = """
                <form action="/realms/pref-17/login-actions/required-action?execution=CONFIGURE_TOTP" class="x" id="kc-totp-settings-form" method="post">
                  <input type="text" id="totp" name="totp" autocomplete="off">
                  <input type="hidden" id="totpSecret" name="totpSecret" value="AbCdEfGhIj0123456789" />
                  <input type="text" id="userLabel" name="userLabel">
                  <input type="checkbox" id="logout-sessions" name="logout-sessions" value="on" checked>
                </form>
                """;

        LoginPage page = LoginPage.parse(html, PAGE);

        assertEquals(LoginPage.Kind.TOTP_SETUP, page.kind());
        assertEquals("AbCdEfGhIj0123456789", page.fields().get("totpSecret"));
        assertEquals("on", page.fields().get("logout-sessions"));
        assertEquals(URI.create("http://127.0.0.1:8180/realms/pref-17/login-actions/required-action?execution=CONFIGURE_TOTP"),
                page.action().orElseThrow());
    }

    @Test
    void otpUpdatePasswordAndUsernameFirstPagesAreRecognised() {
        assertEquals(LoginPage.Kind.OTP, LoginPage.parse(
                "<form method=\"post\" action=\"/a\"><input id=\"otp\" name=\"otp\" type=\"text\"></form>", PAGE).kind());
        assertEquals(LoginPage.Kind.UPDATE_PASSWORD, LoginPage.parse(
                "<form method='post' action='/a'><input name='password-new' type='password'>"
                        + "<input name='password-confirm' type='password'></form>", PAGE).kind());
        assertEquals(LoginPage.Kind.USERNAME, LoginPage.parse(
                "<form method=\"post\" action=\"/a\"><input name=\"username\"></form>", PAGE).kind());
        assertEquals(LoginPage.Kind.PASSWORD, LoginPage.parse(
                "<form method=\"post\" action=\"/a\"><input name=\"password\" type=\"password\"></form>", PAGE).kind());
    }

    @Test
    void aPageWithoutALoginFormIsOther() {
        LoginPage page = LoginPage.parse("<title>エラー</title><p>Page not found</p><form method=\"get\"><input name=\"q\"></form>", PAGE);

        assertEquals(LoginPage.Kind.OTHER, page.kind());
        assertTrue(page.action().isEmpty());
    }

    @Test
    void secureCookiesAreKeptForLoopbackOnly() {
        assertTrue(LoopbackCookieHandler.isLoopback(URI.create("http://127.0.0.1:8180/realms/x")));
        assertTrue(!LoopbackCookieHandler.isLoopback(URI.create("https://sso.example.jp/realms/x")));
    }
}
