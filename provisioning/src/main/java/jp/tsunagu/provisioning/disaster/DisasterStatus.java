package jp.tsunagu.provisioning.disaster;

/**
 * Where a disaster instance is in its life. Municipalities work while it is ACTIVE, may only read while it is
 * CLOSING, and lose access once it is ARCHIVED; PURGED means its personal data is gone and only statistics stay.
 */
public enum DisasterStatus {
    ACTIVE,
    CLOSING,
    ARCHIVED,
    PURGED;

    /** Municipalities and support organisations may read the instance's data. */
    public boolean isReadable() {
        return this == ACTIVE || this == CLOSING;
    }

    /** Municipalities and support organisations may change the instance's data. */
    public boolean isWritable() {
        return this == ACTIVE;
    }
}
