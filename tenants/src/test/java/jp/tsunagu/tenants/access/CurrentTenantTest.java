package jp.tsunagu.tenants.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import jp.tsunagu.tenants.reference.PrefectureCode;
import org.junit.jupiter.api.Test;

class CurrentTenantTest {

    @Test
    void requiringATenantThatWasNotSetFails() {
        CurrentTenant current = new CurrentTenant();
        assertEquals(Optional.empty(), current.get());
        assertThrows(NoTenantException.class, current::require);
    }

    @Test
    void holdsTheTenantItWasGiven() {
        CurrentTenant current = new CurrentTenant();
        current.set(PrefectureCode.of(17));
        current.set(PrefectureCode.of(17));
        assertEquals(PrefectureCode.of(17), current.require());
    }

    @Test
    void aRequestCannotSwitchTenants() {
        CurrentTenant current = new CurrentTenant();
        current.set(PrefectureCode.of(17));
        assertThrows(TenantMismatchException.class, () -> current.set(PrefectureCode.of(13)));
        assertEquals(PrefectureCode.of(17), current.require());
    }
}
