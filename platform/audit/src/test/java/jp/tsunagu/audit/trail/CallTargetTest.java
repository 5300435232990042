package jp.tsunagu.audit.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.LegalBasis;

class CallTargetTest {

    private static final String DISASTER = "0193a5b2-0000-7000-8000-000000000001";
    private static final String PERSON = "0193a5b2-0000-7000-8000-000000000002";

    private static Map<String, Object> path() {
        Map<String, Object> path = new LinkedHashMap<>();
        path.put("disasterId", UUID.fromString(DISASTER));
        path.put("personId", UUID.fromString(PERSON));
        path.put("mergeId", null);
        return path;
    }

    private static Map<String, Object> query() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("name", "髙橋 一郎");
        query.put("damageGrade", List.of("HALF", "TOTAL"));
        query.put("page", "0");
        query.put("address", " ");
        return query;
    }

    @Test
    void onceTheInstanceIsFoundIdsAreShownAndPersonalValuesAreLeftToBeDigested() {
        AuditNotes notes = new AuditNotes();
        notes.access(DISASTER, Accessor.AFFECTED_MUNICIPALITY, LegalBasis.INTERNAL_USE);
        UUID shown = UUID.randomUUID();
        notes.persons(List.of(shown, shown));
        AuditEvent event = CallTarget.event("ledger.person.search", Outcome.ALLOWED, Set.of("name", "address"), path(),
                query(), notes);
        assertEquals(Optional.of(DISASTER), event.disaster());
        assertEquals(List.of(PERSON, shown.toString()), event.subjects());
        assertEquals(Map.of("damageGrade", "HALF,TOTAL", "page", "0"), event.query());
        assertEquals(Map.of("name", "髙橋 一郎"), event.personalQuery(), "blank parameters are not recorded");
        assertEquals(Optional.of(LegalBasis.INTERNAL_USE), event.basis());
        assertEquals("damageGrade=HALF,TOTAL&name=D&page=0", event.queryText(value -> "D"));
        assertFalse(event.toString().contains("髙橋"), "an event never prints a personal value");
    }

    @Test
    void beforeTheInstanceIsFoundIdsAreDigestsAndPersonalValuesAreWithheld() {
        AuditEvent event = CallTarget.event("ledger.person.read", Outcome.REFUSED, Set.of("name"), path(), query(),
                new AuditNotes());
        assertEquals(Optional.of(Digests.ofForeignId(DISASTER)), event.disaster());
        assertEquals(List.of(Digests.ofForeignId(PERSON)), event.subjects());
        assertEquals(CallTarget.WITHHELD, event.query().get("name"));
        assertTrue(event.personalQuery().isEmpty());
        assertTrue(event.disaster().orElseThrow().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void queryDigestsDependOnTheKeyAndNotOnSpacingOrWidth() {
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 1;
        String digest = Digests.ofQueryValue(one, "髙橋　一郎");
        assertEquals(digest, Digests.ofQueryValue(one, "髙橋一郎"));
        assertTrue(digest.matches("hmac:[0-9a-f]{32}"), digest);
        assertFalse(digest.equals(Digests.ofQueryValue(two, "髙橋一郎")));
    }
}
