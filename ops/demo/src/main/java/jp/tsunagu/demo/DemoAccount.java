package jp.tsunagu.demo;

/**
 * A demo login, printed on the console so that a person can try the product: invented, never a real person.
 *
 * @param totpSecret the Base32 secret to enter in an authenticator app
 */
record DemoAccount(String realm, String username, String password, String totpSecret, String grantedFor) {
}
