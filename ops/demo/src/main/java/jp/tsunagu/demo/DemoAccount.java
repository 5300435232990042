package jp.tsunagu.demo;

/**
 * A demo login, printed on the console so that a person can try the product: invented, never a real person.
 *
 * @param totpSecret the secret as Keycloak stores it (its characters are the HMAC key)
 */
record DemoAccount(String realm, String username, String password, String totpSecret, String grantedFor) {

    /** Keycloak uses the secret's characters as the HMAC key; authenticator apps take those bytes in Base32. */
    String base32Secret() {
        return Base32.encode(totpSecret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    String otpauthUri() {
        return "otpauth://totp/Tsunagu:" + realm + "%2F" + username + "?secret=" + base32Secret()
                + "&issuer=Tsunagu&algorithm=SHA1&digits=6&period=30";
    }
}
