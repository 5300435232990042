package jp.tsunagu.provisioning.accounts;

import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.problem.RequestFields;

/** The person an account is for, as the prefecture admin gives it. */
public record StaffAccount(String username, String email, String familyName, String givenName) {

    public StaffAccount {
        username = RequestFields.requireText(username, "username", 100).toLowerCase(java.util.Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._@-]{2,99}")) {
            throw new InvalidRequestException("username",
                    "username uses letters, digits and . _ @ - only, 3 to 100 characters");
        }
        if (username.startsWith("service-account-")) {
            throw new InvalidRequestException("username", "usernames starting with service-account- are Keycloak's own");
        }
        email = RequestFields.requireText(email, "email", 254);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidRequestException("email", "email is not an e-mail address");
        }
        familyName = RequestFields.requireText(familyName, "familyName", 100);
        givenName = RequestFields.requireText(givenName, "givenName", 100);
    }
}
