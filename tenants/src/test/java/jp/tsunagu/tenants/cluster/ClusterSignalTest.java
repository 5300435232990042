package jp.tsunagu.tenants.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.reference.PrefectureCode;

/** Signals travel between nodes as text and come back the same; nothing else is taken for one. */
class ClusterSignalTest {

    static final PrefectureCode ISHIKAWA = PrefectureCode.of(17);

    @Test
    void aSignalComesBackFromItsText() {
        for (ClusterSignal signal : new ClusterSignal[] {
                ClusterSignal.Revocation.of("grant", ISHIKAWA, "3f1c-subject"),
                ClusterSignal.Revocation.ofTenant("disaster", ISHIKAWA),
                new ClusterSignal.TenantChanged(ISHIKAWA)}) {
            assertEquals(Optional.of(signal), ClusterSignal.parse(ClusterSignal.text(signal)));
        }
    }

    @Test
    void textThatIsNoSignalIsIgnored() {
        for (String text : new String[] {"", "R|grant|99|x", "T|17|extra", "X|17", "R|Grant!|17|x"}) {
            assertEquals(Optional.empty(), ClusterSignal.parse(text), text);
        }
    }

    @Test
    void aRevocationConcernsItsAccountOrTheWholeTenant() {
        assertTrue(ClusterSignal.Revocation.of("grant", ISHIKAWA, "a").concerns(ISHIKAWA, "a"));
        assertFalse(ClusterSignal.Revocation.of("grant", ISHIKAWA, "a").concerns(ISHIKAWA, "b"));
        assertFalse(ClusterSignal.Revocation.of("grant", ISHIKAWA, "a").concerns(PrefectureCode.of(16), "a"));
        assertTrue(ClusterSignal.Revocation.ofTenant("agreement", ISHIKAWA).concerns(ISHIKAWA, "b"));
        assertThrows(IllegalArgumentException.class, () -> ClusterSignal.Revocation.of("grant", ISHIKAWA, "a|b"));
    }
}
