package jp.tsunagu.tenants.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A module's contribution to the shared schema {@code registry}: a Liquibase changelog on the classpath, run after the
 * registry's own changelog, in order (lower first). For rows that belong to no single tenant and hold no personal
 * data, such as agreements between two tenants. A module contributes by producing one as a CDI bean. Unlike a
 * {@link TenantChangelog}, it names the schema {@code registry} on every object.
 */
public record RegistryChangelog(String path, int order) implements Comparable<RegistryChangelog> {

    private static final Comparator<RegistryChangelog> RUN_ORDER =
            Comparator.comparingInt(RegistryChangelog::order).thenComparing(RegistryChangelog::path);

    public RegistryChangelog {
        Objects.requireNonNull(path, "changelog path");
        if (path.isBlank() || path.startsWith("/") || path.equals(RegistryMigrator.CHANGELOG)) {
            throw new IllegalArgumentException("a registry changelog is a classpath path such as db/registry/agreements.xml");
        }
    }

    @Override
    public int compareTo(RegistryChangelog other) {
        return RUN_ORDER.compare(this, other);
    }
}
