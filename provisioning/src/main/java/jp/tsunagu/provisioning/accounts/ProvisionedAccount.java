package jp.tsunagu.provisioning.accounts;

import java.util.Optional;

/**
 * The account as the identity provider holds it. The temporary password is present only when this call created
 * the account: it is shown once to the admin who hands it over, never stored or logged.
 */
public record ProvisionedAccount(String subject, String username, Optional<String> temporaryPassword) {
}
