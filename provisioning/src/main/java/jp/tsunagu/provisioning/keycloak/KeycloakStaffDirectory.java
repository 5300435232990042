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
import jp.tsunagu.tenants.access.KeycloakNames;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Staff accounts in the tenant's Keycloak realm. A new account gets a temporary password and must change it and
 * set up TOTP at first login. An existing one is reused, so granting the same person twice creates no second
 * account; if it has never logged in, it gets a new temporary password, since the one of a failed earlier attempt
 * was never handed over. Prefecture admins and machine clients are never reused for a grant, nor disabled or
 * deleted when a grant ends: a grant's end must not lock a prefecture out of its own tenant.
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
            KeycloakAdmin.ExistingUser user = keycloak.describeUser(realm, existing.get());
            boolean wantsAdmin = realmRoles.contains(KeycloakNames.PREFECTURE_ADMIN_ROLE);
            if (user.serviceAccount() || (isProtected(user) && !wantsAdmin)) {
                throw new AccountInUseException();
            }
            keycloak.enableUser(realm, user.id());
            if (user.awaitingFirstLogin()) {
                String temporary = passwords.next();
                keycloak.resetTemporaryPassword(realm, user.id(), temporary);
                return new ProvisionedAccount(user.id(), account.username(), Optional.of(temporary));
            }
            return new ProvisionedAccount(user.id(), account.username(), Optional.empty());
        }
        String temporary = passwords.next();
        String subject = keycloak.createUser(realm, NewAccount.firstLogin(account.username(), account.email(),
                account.givenName(), account.familyName(), realmRoles,
                Map.of("tenant_id", List.of(tenant.value())), temporary));
        return new ProvisionedAccount(subject, account.username(), Optional.of(temporary));
    }

    @Override
    public void disable(PrefectureCode tenant, String subject) {
        String realm = tenant.realmName();
        try {
            if (!isProtected(keycloak.describeUser(realm, subject))) {
                keycloak.disableUser(realm, subject);
            }
        } catch (KeycloakAdminException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public void delete(PrefectureCode tenant, String subject) {
        String realm = tenant.realmName();
        try {
            if (!isProtected(keycloak.describeUser(realm, subject))) {
                keycloak.deleteUser(realm, subject);
            }
        } catch (KeycloakAdminException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public long countAccounts(PrefectureCode tenant) {
        return keycloak.countUsers(tenant.realmName());
    }

    private static boolean isProtected(KeycloakAdmin.ExistingUser user) {
        return user.serviceAccount() || user.realmRoles().contains(KeycloakNames.PREFECTURE_ADMIN_ROLE);
    }

    /** The username belongs to a prefecture admin or a machine client, which a grant may not take over. */
    public static class AccountInUseException extends ProblemException {
        AccountInUseException() {
            super(ProblemKind.CONFLICT, "username", "this username belongs to an administrator or a machine client;"
                    + " choose another username for the grant");
        }
    }
}
