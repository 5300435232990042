package jp.tsunagu.backup.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LoadOrderTest {

    @Test
    void referencedTablesComeFirstThenTheRestByName() {
        assertEquals(List.of("disaster_instance", "account_grant", "support_organisation"), LoadOrder.of(
                List.of("account_grant", "disaster_instance", "support_organisation"),
                List.of(new ForeignKey("account_grant", "disaster_instance", false))));
    }

    @Test
    void deferrableKeysMayFormCyclesSinceTheyAreCheckedWhenTheLoadEnds() {
        assertEquals(List.of("ledger_person", "ledger_person_merge", "ledger_record_link"), LoadOrder.of(
                List.of("ledger_record_link", "ledger_person_merge", "ledger_person"),
                List.of(new ForeignKey("ledger_person", "ledger_person_merge", true),
                        new ForeignKey("ledger_person_merge", "ledger_person", true),
                        new ForeignKey("ledger_record_link", "ledger_record_link", true))));
    }

    @Test
    void aCycleOfKeysThatCannotBeDeferredHasNoOrder() {
        assertThrows(IllegalStateException.class, () -> LoadOrder.of(List.of("a", "b"),
                List.of(new ForeignKey("a", "b", false), new ForeignKey("b", "a", false))));
    }
}
