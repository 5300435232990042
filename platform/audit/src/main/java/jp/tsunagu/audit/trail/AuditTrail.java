package jp.tsunagu.audit.trail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.tenants.access.AccessScope;
import jp.tsunagu.tenants.access.Caller;
import jp.tsunagu.tenants.access.CallerContext;
import jp.tsunagu.tenants.access.CurrentTenant;
import jp.tsunagu.tenants.access.ScopedRole;
import jp.tsunagu.tenants.access.TenantWork;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Appends entries to a tenant's access log — the one entry point for every module. Appends happen in transactions of
 * their own ({@link TenantWork}, bound to the chain's tenant), concurrent ones of a tenant on this node grouped into
 * one transaction ({@link GroupCommit}); each call returns when its entry is committed:
 * <ul>
 *   <li>{@link #record(AuditEvent)}: in a request, by its caller, into the caller's tenant's chain;</li>
 *   <li>{@link #recordIn(PrefectureCode, AuditActor, AuditEvent)}: with an explicit chain and actor, e.g. a host
 *   prefecture's staff reading the home tenant's persons through an agreement (the home tenant's chain, the actor
 *   from the host's realm), or background work acting for an account.</li>
 * </ul>
 * Most REST methods need neither: {@link Audited} records them.
 */
@ApplicationScoped
public class AuditTrail {

    /** The key of personal query values that belong to no disaster instance. */
    static final UUID NO_DISASTER = new UUID(0, 0);
    /** Entries committed together at most; a batch of 256 is a few milliseconds of statements. */
    static final int MAX_BATCH = 256;
    /** Roles every Keycloak user has: they say nothing about what someone may do. */
    private static final Pattern KEYCLOAK_DEFAULT_ROLE = Pattern.compile("default-roles-.*|offline_access|uma_authorization");

    private final ConcurrentMap<PrefectureCode, GroupCommit<Draft, AuditEntry>> lanes = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    TenantWork work;

    @Inject
    CallerContext callers;

    @Inject
    CurrentTenant tenant;

    @Inject
    AuditNotes notes;

    @Inject
    Clock clock;

    /** Records an event of the current request's caller in their tenant's chain. */
    public AuditEntry record(AuditEvent event) {
        return recordIn(tenant.require(), currentActor(notes.capacity().map(Enum::name).orElse(AuditActor.UNKNOWN)),
                event);
    }

    /** Records an event in {@code chain}'s log, done by {@code actor}; returns when the entry is committed. */
    public AuditEntry recordIn(PrefectureCode chain, AuditActor actor, AuditEvent event) {
        return lanes.computeIfAbsent(chain, c -> new GroupCommit<>(batch -> append(c, batch), MAX_BATCH))
                .submit(new Draft(actor, event, HashChain.storable(clock.instant())));
    }

    /** What a caller asked to append, with the time it asked. */
    private record Draft(AuditActor actor, AuditEvent event, Instant at) {
    }

    private List<AuditEntry> append(PrefectureCode chain, List<Draft> batch) {
        return work.run(chain, () -> {
            Connection connection = em.unwrap(Connection.class);
            List<AuditEntry> entries = new ArrayList<>(batch.size());
            for (Draft draft : batch) {
                AuditEvent event = draft.event();
                String query = event.queryText(value -> digest(connection, event, value));
                entries.add(new AuditEntry(0, draft.at(), chain.value(), draft.actor(), event.action(),
                        event.disaster().orElse(null), event.subjects(), query, event.items().orElse(null),
                        event.basis().map(LegalBasis::wireName).orElse(null), event.outcome(),
                        event.refusal().orElse(null), event.reference().orElse(null), HashChain.GENESIS, null));
            }
            return new ChainStore(connection).appendAll(entries);
        });
    }

    /** The current request's caller as an actor in {@code capacity} (an Accessor name). */
    public AuditActor currentActor(String capacity) {
        return actorOf(callers.require(), callers.accessScope(), notes.context(), capacity);
    }

    /**
     * The actor of a verified caller: the roles and scope codes of their grants within {@code context} (the disaster
     * instance whose grants count; all grants when empty), or their token's realm roles when they need no grant.
     */
    public static AuditActor actorOf(Caller caller, Optional<AccessScope> scope, Optional<String> context,
                                      String capacity) {
        var grants = scope.map(AccessScope::grants).orElse(List.of()).stream()
                .filter(grant -> context.map(c -> c.equals(grant.context())).orElse(true)).toList();
        String roles = grants.isEmpty()
                ? caller.realmRoles().stream().filter(r -> !KEYCLOAK_DEFAULT_ROLE.matcher(r).matches()).sorted()
                        .collect(Collectors.joining(","))
                : grants.stream().map(ScopedRole::role).collect(Collectors.toCollection(TreeSet::new)).stream()
                        .collect(Collectors.joining(","));
        String scopes = grants.stream().map(grant -> grant.scopeKind() + ":" + grant.scopeCode())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
        return new AuditActor(caller.subject(), caller.username(), caller.tenant().map(PrefectureCode::value),
                capacity, truncate(roles, 500), truncate(scopes, 1000));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String digest(Connection connection, AuditEvent event, String value) {
        UUID disaster = event.disaster().flatMap(AuditTrail::uuid).orElse(NO_DISASTER);
        try {
            return Digests.ofQueryValue(QueryKeys.of(connection, disaster), value);
        } catch (SQLException e) {
            throw new IllegalStateException("the query key could not be read", e);
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
