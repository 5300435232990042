package jp.tsunagu.tenants.cluster;

import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What one node tells every node (and itself) through {@link ClusterBroadcast}, delivered on each node as a CDI event
 * of the signal's own type. Carries codes and ids only, never a person's data; travels as plain text, so that no
 * application class has to be known to Payara's Hazelcast.
 */
public sealed interface ClusterSignal {

    /**
     * Someone's access was taken away or changed (a grant revoked or issued, a disaster instance closed, an agreement
     * revoked): whatever a node cached of it must go. {@code kind} names what changed ({@code grant},
     * {@code disaster}, {@code agreement}, ...), {@code subject} the account concerned; none means everyone of the
     * tenant.
     */
    record Revocation(String kind, PrefectureCode tenant, Optional<String> subject) implements ClusterSignal {

        public Revocation {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(subject, "subject");
            if (kind == null || !kind.matches("[a-z][a-z0-9-]{0,30}")) {
                throw new IllegalArgumentException("a revocation's kind is a short lower-case word");
            }
            if (subject.filter(s -> s.isBlank() || s.length() > 100 || s.contains("|")).isPresent()) {
                throw new IllegalArgumentException("a subject id has 1 to 100 characters and no '|'");
            }
        }

        public static Revocation of(String kind, PrefectureCode tenant, String subject) {
            return new Revocation(kind, tenant, Optional.of(subject));
        }

        public static Revocation ofTenant(String kind, PrefectureCode tenant) {
            return new Revocation(kind, tenant, Optional.empty());
        }

        /** Whether what was cached for this account of this tenant is concerned. */
        public boolean concerns(PrefectureCode cachedTenant, String cachedSubject) {
            return tenant.equals(cachedTenant) && subject.map(cachedSubject::equals).orElse(true);
        }
    }

    /** A tenant's entry in the registry changed (onboarded, ...): its trust and its realm's keys are read again. */
    record TenantChanged(PrefectureCode tenant) implements ClusterSignal {

        public TenantChanged {
            Objects.requireNonNull(tenant, "tenant");
        }
    }

    /**
     * Local only: a node joined or left the cluster as this node sees it. Broadcasts may have been missed while the
     * cluster was split, so every cache drops everything.
     */
    record MembershipChanged(int members) implements ClusterSignal {
    }

    /** The text that travels: {@code R|kind|tenant|subject} or {@code T|tenant}. */
    static String text(ClusterSignal signal) {
        return switch (signal) {
            case Revocation r -> "R|" + r.kind() + "|" + r.tenant().value() + "|" + r.subject().orElse("");
            case TenantChanged t -> "T|" + t.tenant().value();
            case MembershipChanged m -> throw new IllegalArgumentException("membership changes are not broadcast");
        };
    }

    /** The signal of a text from {@link #text}; empty for anything else (another release's signal, say). */
    static Optional<ClusterSignal> parse(String text) {
        try {
            String[] parts = text.split("\\|", -1);
            if (parts[0].equals("R") && parts.length == 4) {
                return Optional.of(new Revocation(parts[1], PrefectureCode.of(parts[2]),
                        parts[3].isEmpty() ? Optional.empty() : Optional.of(parts[3])));
            }
            if (parts[0].equals("T") && parts.length == 2) {
                return Optional.of(new TenantChanged(PrefectureCode.of(parts[1])));
            }
        } catch (RuntimeException malformed) {
            // ignored below
        }
        return Optional.empty();
    }
}
