package jp.tsunagu.ledger.imports.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.tenants.problem.NotFoundException;

/**
 * The profiles a tenant can import with: the built-in ones and those its users defined (stored per tenant schema).
 * Runs in a transaction bound to the caller's tenant.
 */
@ApplicationScoped
public class ImportProfiles {

    @PersistenceContext(unitName = "tsunagu")
    EntityManager em;

    @Inject
    Clock clock;

    protected ImportProfiles() {
    }

    public ImportProfiles(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<ColumnProfile> all() {
        List<ColumnProfile> profiles = new ArrayList<>(BuiltInProfiles.all());
        em.createQuery("select p from StoredProfile p order by p.name", StoredProfile.class).getResultStream()
                .map(StoredProfile::profile).forEach(profiles::add);
        return profiles;
    }

    public Optional<ColumnProfile> named(String name) {
        return BuiltInProfiles.named(name).or(() -> stored(name).map(StoredProfile::profile));
    }

    public ColumnProfile require(String name) {
        return named(name).orElseThrow(() -> new NotFoundException("no import profile with this name"));
    }

    /** Defines a profile from its JSON, or redefines the tenant's profile of that name. */
    public ColumnProfile define(String json, Actor by) {
        ColumnProfile profile = ProfileJson.read(json);
        Optional<StoredProfile> existing = stored(profile.name());
        if (existing.isPresent()) {
            existing.get().redefine(profile);
        } else {
            em.persist(new StoredProfile(profile, by, clock.instant()));
        }
        em.flush();
        return profile;
    }

    private Optional<StoredProfile> stored(String name) {
        return em.createQuery("select p from StoredProfile p where p.name = :name", StoredProfile.class)
                .setParameter("name", name).getResultStream().findFirst();
    }
}
