package jp.tsunagu.support.cases;

import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.agreements.SharingPermission;

/**
 * What a host's work on a case through an agreement counts as, so that it needs the permission the agreement gives
 * for it: needs and 要配慮者 details are the item {@code needs} (permission {@code addNeeds}); visits, contacts, support
 * given, and taking or handing on responsibility for the case are support work, the item {@code supportRecords}
 * (permission {@code addSupportRecords}). A claim or transfer answers with the whole case, which is that item too.
 */
enum HostCaseWork {
    NEEDS(SharingPermission.ADD_NEEDS, SharedItem.NEEDS),
    SUPPORT(SharingPermission.ADD_SUPPORT_RECORDS, SharedItem.SUPPORT_RECORDS),
    RESPONSIBILITY(SharingPermission.ADD_SUPPORT_RECORDS, SharedItem.SUPPORT_RECORDS);

    private final SharingPermission permission;
    private final SharedItem item;

    HostCaseWork(SharingPermission permission, SharedItem item) {
        this.permission = permission;
        this.item = item;
    }

    static HostCaseWork of(EntryKind kind) {
        return switch (kind) {
            case NEED, CARE -> NEEDS;
            case VISIT, CONTACT, SUPPORT -> SUPPORT;
        };
    }

    SharingPermission permission() {
        return permission;
    }

    SharedItem item() {
        return item;
    }
}
