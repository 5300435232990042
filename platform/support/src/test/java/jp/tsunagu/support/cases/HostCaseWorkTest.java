package jp.tsunagu.support.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.provisioning.agreements.SharedItem;
import jp.tsunagu.provisioning.agreements.SharingPermission;

/** Which permission of an agreement a host's work on a case needs, and which item it counts as. */
class HostCaseWorkTest {

    @Test
    void needsAnd要配慮者DetailsNeedAddNeedsAndEverythingElseAddSupportRecords() {
        assertEquals(SharingPermission.ADD_NEEDS, HostCaseWork.of(EntryKind.NEED).permission());
        assertEquals(SharingPermission.ADD_NEEDS, HostCaseWork.of(EntryKind.CARE).permission());
        for (EntryKind kind : new EntryKind[] {EntryKind.VISIT, EntryKind.CONTACT, EntryKind.SUPPORT}) {
            assertEquals(SharingPermission.ADD_SUPPORT_RECORDS, HostCaseWork.of(kind).permission(), kind::name);
        }
        assertEquals(SharingPermission.ADD_SUPPORT_RECORDS, HostCaseWork.RESPONSIBILITY.permission());
    }

    @Test
    void eachWorkCountsAsTheItemItsPermissionAddsTo() {
        for (HostCaseWork work : HostCaseWork.values()) {
            assertEquals(Optional.of(work.item()), work.permission().item(), work::name);
        }
        assertEquals(SharedItem.SUPPORT_RECORDS, HostCaseWork.RESPONSIBILITY.item());
    }
}
