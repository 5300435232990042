package jp.tsunagu.backup.cli;

import java.util.List;

import jp.tsunagu.audit.AuditChangelog;
import jp.tsunagu.ledger.LedgerChangelog;
import jp.tsunagu.provisioning.ProvisioningChangelog;
import jp.tsunagu.support.SupportChangelog;
import jp.tsunagu.tenants.schema.TenantChangelog;

/**
 * The tenant changelogs of this release, for the command line, which runs without CDI: inside the application the
 * migrator collects the same ones from their producers. A module that contributes a tenant changelog adds it here
 * (ReleaseChangelogsTest fails until it does).
 */
public final class ReleaseChangelogs {

    public static final List<TenantChangelog> ALL = List.of(AuditChangelog.TABLES, ProvisioningChangelog.TABLES,
            ProvisioningChangelog.SERVICE_CLIENT_KINDS, LedgerChangelog.TABLES, LedgerChangelog.RESIDENTS,
            SupportChangelog.TABLES);

    private ReleaseChangelogs() {
    }
}
