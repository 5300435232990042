package jp.tsunagu.provisioning.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.provisioning.disaster.PersonalDataPurge;
import jp.tsunagu.tenants.access.CurrentTenant;

/**
 * When a disaster instance is purged, its grant holders are forgotten: the grants keep role, scope and dates (the
 * statistics), lose who held them, and each holder's account is deleted from Keycloak unless the person still
 * holds a grant in another instance. Running it again finds nothing left to forget.
 */
@ApplicationScoped
public class GrantPurge implements PersonalDataPurge {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    AccountGrants grants;

    @Inject
    StaffDirectory directory;

    @Inject
    CurrentTenant tenant;

    @Inject
    Clock clock;

    @Override
    public Map<String, Long> purge(UUID disasterId) {
        List<AccountGrant> purged = grants.of(disasterId);
        Map<String, Long> figures = new TreeMap<>();
        figures.put("grants.total", (long) purged.size());
        for (ScopeKind kind : ScopeKind.values()) {
            if (kind == ScopeKind.AGREEMENT_HOST_MUNICIPALITY) {
                continue; // such grants belong to another tenant's agreement, never to an instance of this one
            }
            figures.put("grants." + kind.name(), purged.stream().filter(g -> g.scopeKind() == kind).count());
        }
        Set<String> holders = new LinkedHashSet<>();
        purged.stream().filter(grant -> !grant.isAnonymised()).forEach(grant -> {
            holders.add(grant.accountSubject());
            grant.anonymise();
        });
        em.flush();
        Instant now = clock.instant();
        long deleted = 0;
        for (String holder : holders) {
            if (grants.activeGrantsOf(holder, now).isEmpty()) {
                directory.delete(tenant.require(), holder);
                deleted++;
            }
        }
        figures.put("accounts.deleted", deleted);
        return figures;
    }
}
