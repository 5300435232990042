package jp.tsunagu.provisioning.services;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.provisioning.audit.Actor;

/**
 * A machine client of the tenant (a resident portal, a partner system) that calls the API with OAuth2 client
 * credentials. Its tokens are accepted only while it is registered here and not withdrawn.
 */
@Entity
@Table(name = "service_client")
public class ServiceClient {

    @Id
    @Column(name = "client_id", length = 100)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "subject", column = @Column(name = "registered_by_subject", nullable = false)),
            @AttributeOverride(name = "username", column = @Column(name = "registered_by_username", nullable = false))})
    private Actor registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ServiceClientKind kind = ServiceClientKind.GENERAL;

    @Column(name = "webhook_url", length = 500)
    private String webhookUrl;

    protected ServiceClient() {
    }

    public ServiceClient(String clientId, String purpose, Actor registeredBy, Instant registeredAt) {
        this(clientId, purpose, ServiceClientKind.GENERAL, Optional.empty(), registeredBy, registeredAt);
    }

    public ServiceClient(String clientId, String purpose, ServiceClientKind kind, Optional<java.net.URI> webhook,
                         Actor registeredBy, Instant registeredAt) {
        this.clientId = Objects.requireNonNull(clientId);
        this.purpose = Objects.requireNonNull(purpose);
        this.kind = Objects.requireNonNull(kind);
        this.webhookUrl = webhook.map(java.net.URI::toString).orElse(null);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public ServiceClientKind kind() {
        return kind;
    }

    public Optional<java.net.URI> webhook() {
        return Optional.ofNullable(webhookUrl).map(java.net.URI::create);
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public String clientId() {
        return clientId;
    }

    public String purpose() {
        return purpose;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }
}
