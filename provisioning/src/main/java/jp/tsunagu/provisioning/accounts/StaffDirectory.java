package jp.tsunagu.provisioning.accounts;

import java.util.Set;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Where staff accounts live: the tenant's identity provider (Keycloak). Accounts are created there; what they may
 * do is decided here, by grants.
 */
public interface StaffDirectory {

    /**
     * Returns the subject id of the account with this username, creating it when missing with a temporary password
     * that must be changed, TOTP to be set up at first login, and the given realm roles added.
     */
    ProvisionedAccount ensureAccount(PrefectureCode tenant, StaffAccount account, Set<String> realmRoles);

    /** Stops new logins of the account (its grants are checked on every request anyway). */
    void disable(PrefectureCode tenant, String subject);

    /** Deletes the account with its personal data; deleting one that is gone already does nothing. */
    void delete(PrefectureCode tenant, String subject);

    /** How many accounts the tenant's realm holds: a figure for operators, nothing personal. */
    long countAccounts(PrefectureCode tenant);
}
