package jp.tsunagu.provisioning.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A support organisation (支援団体: NPO, 社会福祉協議会, volunteer group …) registered with the prefecture, so its
 * workers can be granted accounts. The 法人番号 (corporate number) is optional: many volunteer groups have none.
 */
@Entity
@Table(name = "support_organisation")
public class SupportOrganisation {

    public enum Kind { NPO, SOCIAL_WELFARE_COUNCIL, VOLUNTEER_GROUP, MEDICAL, COMPANY, OTHER }

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;

    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected SupportOrganisation() {
    }

    public SupportOrganisation(String name, Kind kind, CorporateNumber corporateNumber, Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.corporateNumber = corporateNumber == null ? null : corporateNumber.value();
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> corporateNumber() {
        return Optional.ofNullable(corporateNumber);
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
