package jp.tsunagu.provisioning.keycloak;

import java.util.Objects;

/** How Tsunagu proves to Keycloak (realm {@code master}) that it may administer realms. Secrets stay out of logs. */
public sealed interface AdminCredentials {

    /** The bootstrap admin user, with the password grant of {@code admin-cli} (development, tests). */
    record BootstrapAdmin(String username, String password) implements AdminCredentials {
        public BootstrapAdmin {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "BootstrapAdmin[***]";
        }
    }

    /** A confidential client of {@code master} with admin roles, with the client credentials grant (production). */
    record ServiceClient(String clientId, String clientSecret) implements AdminCredentials {
        public ServiceClient {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public String toString() {
            return "ServiceClient[" + clientId + "]";
        }
    }
}
