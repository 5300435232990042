package jp.tsunagu.provisioning.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.provisioning.accounts.ProvisionedAccount;
import jp.tsunagu.provisioning.accounts.StaffAccount;
import jp.tsunagu.provisioning.accounts.StaffDirectory;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Staff accounts in the tenant's Keycloak realm. A new account gets a temporary password and must change it
 * and set up TOTP at first login; an existing one is reused (and enabled again), so granting the same person
 * twice or retrying after a failure creates no second account.
 */
@ApplicationScoped
public class KeycloakStaffDirectory implements StaffDirectory {

    @Inject
    KeycloakAdmin keycloak;

    private final TemporaryPasswords passwords = new TemporaryPasswords();

    @Override
    public ProvisionedAccount ensureAccount(PrefectureCode tenant, StaffAccount account, Set<String> realmRoles) {
        String realm = tenant.realmName();
        Optional<String> existing = keycloak.findUserIdByUsername(realm, account.username());
        if (existing.isPresent()) {
            keycloak.enableUser(realm, existing.get());
            return new ProvisionedAccount(existing.get(), account.username(), Optional.empty());
        }
        String temporary = passwords.next();
        String subject = keycloak.createUser(realm, NewAccount.firstLogin(account.username(), account.email(),
                account.givenName(), account.familyName(), realmRoles,
                Map.of("tenant_id", List.of(tenant.value())), temporary));
        return new ProvisionedAccount(subject, account.username(), Optional.of(temporary));
    }

    @Override
    public void disable(PrefectureCode tenant, String subject) {
        keycloak.disableUser(tenant.realmName(), subject);
    }

    @Override
    public void delete(PrefectureCode tenant, String subject) {
        keycloak.deleteUser(tenant.realmName(), subject);
    }

    @Override
    public long countAccounts(PrefectureCode tenant) {
        return keycloak.countUsers(tenant.realmName());
    }
}
