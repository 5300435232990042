package jp.tsunagu.helm;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartLintTest {

    @Test
    void strictLintPassesWithDefaultValues() {
        LintResult result = Chart.lintStrict();
        assertFalse(result.isFailed(), () -> String.join("\n", result.getMessages()));
    }

    @Test
    void strictLintPassesWithProductionValues(@TempDir Path work) {
        LintResult result = Chart.lintStrictWithProductionValues(work);
        assertFalse(result.isFailed(), () -> String.join("\n", result.getMessages()));
    }

    @Test
    void templateRendersWithDefaultAndProductionValues() {
        assertFalse(Chart.withDefaults().documents().isEmpty());
        assertFalse(Chart.withProductionValues().documents().isEmpty());
    }
}
