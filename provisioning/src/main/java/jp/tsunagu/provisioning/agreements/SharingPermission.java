package jp.tsunagu.provisioning.agreements;

import java.util.Optional;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/** What the host may do under an agreement: read (always), and add to some items, each only if that item is shared. */
public enum SharingPermission {
    READ("read", null),
    ADD_WHEREABOUTS("addWhereabouts", SharedItem.WHEREABOUTS),
    ADD_NEEDS("addNeeds", SharedItem.NEEDS),
    ADD_SUPPORT_RECORDS("addSupportRecords", SharedItem.SUPPORT_RECORDS);

    private final String id;
    private final SharedItem item;

    SharingPermission(String id, SharedItem item) {
        this.id = id;
        this.item = item;
    }

    public String id() {
        return id;
    }

    /** The item an addition writes to; the host must be able to see what it adds to. */
    public Optional<SharedItem> item() {
        return Optional.ofNullable(item);
    }

    public static SharingPermission parse(String text) {
        String name = text == null ? "" : text.strip();
        for (SharingPermission permission : values()) {
            if (permission.id.equalsIgnoreCase(name) || permission.name().equalsIgnoreCase(name)) {
                return permission;
            }
        }
        throw new InvalidRequestException("permissions",
                "unknown permission; permissions are read, addWhereabouts, addNeeds, addSupportRecords");
    }
}
