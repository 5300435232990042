package jp.tsunagu.helm;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Mistakes in values fail at install time instead of producing a cluster that half works. */
class ValuesValidationTest {

    @Test
    void aMisspeltValueKeyIsRefusedByTheSchema() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("replicaCont", 3)));
        assertTrue(failure.getMessage().contains("replicaCont"), failure.getMessage());
    }

    @Test
    void anUnknownDatabaseModeIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("database.mode", "sqlite")));
        assertTrue(failure.getMessage().contains("/database/mode"), failure.getMessage());
    }

    @Test
    void aRetentionPolicyCnpgWouldRejectIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("backup.objectStore.retentionPolicy", "30 days")));
        assertTrue(failure.getMessage().contains("retentionPolicy"), failure.getMessage());
    }

    @Test
    void aFiveFieldCronScheduleIsRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Chart.template(Map.of(
                "backup.enabled", true, "backup.schedule", "0 3 * * *",
                "backup.objectStore.destinationPath", "s3://b/t", "backup.objectStore.existingSecret", "s3")));
        assertTrue(failure.getMessage().contains("six cron fields"), failure.getMessage());
    }

    @Test
    void backupsWithoutADestinationAreRefused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Chart.template(Map.of("backup.enabled", true, "backup.objectStore.existingSecret", "s3")));
        assertTrue(failure.getMessage().contains("destinationPath is required"), failure.getMessage());
    }

    @Test
    void aChangedSettingChangesThePodTemplateSoPodsRestart() {
        String before = checksum(Chart.withDefaults());
        String after = checksum(Chart.render(Map.of("app.publicUrl", "https://tsunagu.pref.example.jp")));
        assertNotEquals(before, after);
    }

    private static String checksum(Manifests manifests) {
        return manifests.statefulSet().getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }
}
