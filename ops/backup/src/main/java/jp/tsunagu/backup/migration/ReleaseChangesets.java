package jp.tsunagu.backup.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.tenants.schema.TenantChangelog;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The changesets this release's tenant changelogs hold, read from the changelog files without a database, so a
 * restore can refuse an archive of another release before it touches anything.
 */
public final class ReleaseChangesets {

    private ReleaseChangesets() {
    }

    public static List<ChangesetId> of(List<TenantChangelog> changelogs) {
        ClassLoader loader = ReleaseChangesets.class.getClassLoader();
        ResourceAccessor resources = new ClassLoaderResourceAccessor(loader);
        List<ChangesetId> changesets = new ArrayList<>();
        try {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.classLoader.name(), loader,
                    "liquibase.analytics.enabled", Boolean.FALSE), () -> {
                for (TenantChangelog changelog : changelogs.stream().sorted().toList()) {
                    DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(changelog.path(), resources)
                            .parse(changelog.path(), new ChangeLogParameters(), resources);
                    for (ChangeSet changeSet : parsed.getChangeSets()) {
                        changesets.add(new ChangesetId(changeSet.getStoredFilePath(), changeSet.getId(), changeSet.getAuthor()));
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot read this release's tenant changelogs", e);
        }
        return changesets;
    }
}
