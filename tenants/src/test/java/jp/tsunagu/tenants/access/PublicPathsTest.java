package jp.tsunagu.tenants.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    final PublicPaths paths = new PublicPaths(List.of("v1/public", " health ", "openapi"));

    @Test
    void matchesWholeSegmentPrefixes() {
        for (String path : List.of("v1/public", "/v1/public/", "v1/public/municipalities/172014", "health",
                "health/ready", "openapi")) {
            assertTrue(paths.matches(path), path);
        }
    }

    @Test
    void refusesEverythingElseAndAnythingAmbiguous() {
        for (String path : List.of("", "/", "v1", "v1/publicity", "v1/shelters", "v2/public", "healthz",
                "v1/public/../shelters", "v1/public/./x", "v1//public", "v1/%70ublic", "v1/public/%2e%2e/shelters",
                "v1/public;x=1/y", "v1\\public", "V1/public")) {
            assertFalse(paths.matches(path), path);
        }
    }

    @Test
    void refusesEmptyPrefixes() {
        assertThrows(IllegalArgumentException.class, () -> new PublicPaths(List.of("/")));
        assertFalse(new PublicPaths(List.of(" ")).matches("anything"));
    }
}
