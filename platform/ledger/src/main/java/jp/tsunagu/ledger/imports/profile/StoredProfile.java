package jp.tsunagu.ledger.imports.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.ledger.record.InstantColumn;
import jp.tsunagu.ledger.audit.Actor;

/** A column mapping profile a tenant's user defined, kept as its JSON in the tenant's schema. */
@Entity
@Table(name = "ledger_import_profile")
public class StoredProfile {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "source_kind", nullable = false, length = 30)
    private String sourceKind;

    @Column(nullable = false)
    private String definition;

    @Column(name = "created_by_subject", nullable = false, length = 100)
    private String createdBySubject;

    @Column(name = "created_by_username", nullable = false, length = 200)
    private String createdByUsername;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StoredProfile() {
    }

    /** Stores a profile; it must be valid and its name must not be a built-in one's. */
    public StoredProfile(ColumnProfile profile, Actor by, Instant at) {
        if (BuiltInProfiles.named(profile.name()).isPresent()) {
            throw new InvalidProfileException("name", "this name belongs to a built-in profile");
        }
        this.id = UUID.randomUUID();
        this.name = profile.name();
        this.sourceKind = profile.sourceKind().map(Enum::name).orElse("ANY");
        this.definition = ProfileJson.write(profile);
        this.createdBySubject = by.subject();
        this.createdByUsername = by.username();
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public ColumnProfile profile() {
        return ProfileJson.read(definition);
    }

    /** Replaces the definition (same name); the version guards against two editors. */
    public void redefine(ColumnProfile profile) {
        if (!profile.name().equals(name)) {
            throw new InvalidProfileException("name", "a profile keeps its name");
        }
        this.sourceKind = profile.sourceKind().map(Enum::name).orElse("ANY");
        this.definition = ProfileJson.write(profile);
    }

    public String name() {
        return name;
    }

    public Actor createdBy() {
        return new Actor(createdBySubject, createdByUsername);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
