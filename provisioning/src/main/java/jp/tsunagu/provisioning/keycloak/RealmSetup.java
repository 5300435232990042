package jp.tsunagu.provisioning.keycloak;

/** What ensuring a realm did. */
public enum RealmSetup {
    /** The realm did not exist and was created from the blueprint. */
    CREATED,
    /** The realm was already there, finished from the same blueprint; nothing was changed. */
    ALREADY_PRESENT
}
