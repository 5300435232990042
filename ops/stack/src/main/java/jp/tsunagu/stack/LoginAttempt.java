package jp.tsunagu.stack;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scripted person knows and is willing to do at Keycloak's login pages: a username and password,
 * optionally a new password (for a temporary one), a way to answer the OTP question, and whether to set up TOTP
 * when Keycloak asks. Built with {@link #of} and the {@code with...} methods; secrets never appear in
 * {@link #toString()}.
 */
public record LoginAttempt(
        String username,
        String password,
        Optional<String> newPassword,
        Optional<Totp> otpGenerator,
        Optional<Instant> otpTime,
        Optional<String> fixedOtpCode,
        boolean setUpTotp) {

    public LoginAttempt {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(otpGenerator, "otpGenerator");
        Objects.requireNonNull(otpTime, "otpTime");
        Objects.requireNonNull(fixedOtpCode, "fixedOtpCode");
    }

    /** Username and password only: any further question (OTP, new password, TOTP setup) ends the attempt. */
    public static LoginAttempt of(String username, String password) {
        return new LoginAttempt(username, password, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    /** Answer a temporary-password page with this new password. */
    public LoginAttempt changingPasswordTo(String newPassword) {
        return new LoginAttempt(username, password, Optional.of(newPassword), otpGenerator, otpTime, fixedOtpCode, setUpTotp);
    }

    /** Answer the OTP page with the code of this generator for the current time. */
    public LoginAttempt withOtp(Totp generator) {
        return new LoginAttempt(username, password, newPassword, Optional.of(generator), Optional.empty(), Optional.empty(), setUpTotp);
    }

    /**
     * Answer the OTP page with the code for {@code time}. Keycloak accepts each code once and, with its look-ahead
     * window, also the next period's code: a second login within 30 seconds can use {@code now + 30 s}.
     */
    public LoginAttempt withOtp(Totp generator, Instant time) {
        return new LoginAttempt(username, password, newPassword, Optional.of(generator), Optional.of(time), Optional.empty(), setUpTotp);
    }

    /** Answer the OTP page with exactly this code (e.g. a wrong one). */
    public LoginAttempt withOtpCode(String code) {
        return new LoginAttempt(username, password, newPassword, Optional.empty(), Optional.empty(), Optional.of(code), setUpTotp);
    }

    /** When Keycloak asks to set up TOTP, read its secret from the page and confirm with a fresh code. */
    public LoginAttempt settingUpTotp() {
        return new LoginAttempt(username, password, newPassword, otpGenerator, otpTime, fixedOtpCode, true);
    }

    Optional<String> otpCode() {
        if (fixedOtpCode.isPresent()) {
            return fixedOtpCode;
        }
        return otpGenerator.map(g -> g.codeAt(otpTime.orElseGet(Instant::now)));
    }

    @Override
    public String toString() {
        return "LoginAttempt[changesPassword=" + newPassword.isPresent() + ", answersOtp=" + otpCode().isPresent()
                + ", setsUpTotp=" + setUpTotp + "]";
    }
}
