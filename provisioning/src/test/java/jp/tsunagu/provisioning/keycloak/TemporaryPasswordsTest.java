package jp.tsunagu.provisioning.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

    @Test
    void everyPasswordMeetsTheRealmPolicyAndNoneRepeats() {
        TemporaryPasswords passwords = new TemporaryPasswords();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String password = passwords.next();
            assertEquals(20, password.length());
            assertTrue(password.chars().anyMatch(Character::isDigit), password);
            assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
            assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
            assertTrue(seen.add(password));
        }
    }
}
