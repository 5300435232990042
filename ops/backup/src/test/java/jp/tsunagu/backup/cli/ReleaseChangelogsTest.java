package jp.tsunagu.backup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.tenants.schema.TenantChangelog;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.Resource;

class ReleaseChangelogsTest {

    @Test
    void theCommandLineRunsEveryTenantChangelogThatTheModulesShip() throws Exception {
        List<String> shipped;
        try (ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(getClass().getClassLoader())) {
            shipped = resources.search("db/tenant", false).stream().map(Resource::getPath).sorted().distinct().toList();
        }
        assertEquals(shipped, ReleaseChangelogs.ALL.stream().map(TenantChangelog::path).sorted().toList());
    }
}
