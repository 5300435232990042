package jp.tsunagu.provisioning.keycloak;

import java.security.SecureRandom;

/**
 * Temporary passwords for new accounts: 20 characters from an alphabet without look-alikes (0/O, 1/l/I), with
 * at least one digit, one lower- and one upper-case letter, as the realms' password policy demands. The holder
 * must replace it at first login.
 */
public final class TemporaryPasswords {

    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;
    private static final int LENGTH = 20;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] password = new char[LENGTH];
        password[0] = pick(LOWER);
        password[1] = pick(UPPER);
        password[2] = pick(DIGITS);
        for (int i = 3; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
