package jp.tsunagu.ledger.provision;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.BasisPolicy;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.InstantColumn;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.view.LedgerView;

/**
 * One provision of a person's ledger information (台帳情報の提供, 災害対策基本法 90条の4): to whom, when, which items,
 * on which legal basis and for what purpose. Recorded before the information leaves; never changed. The basis is
 * checked by {@link BasisPolicy#forProvision} (under consent, the recipient must be one the person consented to or the
 * person themself; 第2号 and 第3号 only by whoever keeps the ledger); 個人番号 only with an entitled disclosure.
 */
@Entity
@Table(name = "ledger_provision")
public class Provision {

    /** The recipient name for a provision to the person themself (本人への提供). */
    public static final String SELF = BasisPolicy.SELF;

    @Id
    private UUID id;

    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 40)
    private LegalBasis legalBasis;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(nullable = false, length = 1000)
    private String items;

    @Column(name = "provided_by_subject", nullable = false, length = 100)
    private String providedBySubject;

    @Column(name = "provided_by_username", nullable = false, length = 200)
    private String providedByUsername;

    @Convert(converter = InstantColumn.class)
    @Column(name = "provided_at", nullable = false)
    private Instant providedAt;

    protected Provision() {
    }

    /** Records a provision of {@code items} of the person's ledger view, or refuses it. */
    public static Provision record(UUID disasterId, LedgerView view, String recipient, LegalBasis basis, String purpose,
                                   Set<LedgerField> items, MyNumberDisclosure disclosure, Actor by, Accessor capacity,
                                   Instant at) {
        Objects.requireNonNull(disclosure, "disclosure");
        if (recipient == null || recipient.isBlank()) {
            throw new ProvisionRefusedException("recipient", "a provision names its recipient");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new ProvisionRefusedException("purpose", "a provision states its purpose");
        }
        if (items.isEmpty()) {
            throw new ProvisionRefusedException("items", "a provision names the items provided");
        }
        String to = recipient.strip();
        BasisPolicy.forProvision(capacity, basis, to, view.consentedParties());
        if (items.contains(LedgerField.MY_NUMBER) && !(disclosure instanceof MyNumberDisclosure.Entitled)) {
            throw new ProvisionRefusedException("items", "my number may only be provided with an entitlement");
        }
        Provision provision = new Provision();
        provision.id = UUID.randomUUID();
        provision.disasterId = disasterId;
        provision.personId = view.personId();
        provision.recipient = to;
        provision.legalBasis = basis;
        provision.purpose = purpose.strip();
        provision.items = EnumSet.copyOf(items).stream().map(LedgerField::id).collect(Collectors.joining(","));
        provision.providedBySubject = by.subject();
        provision.providedByUsername = by.username();
        provision.providedAt = at;
        return provision;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String recipient() {
        return recipient;
    }

    public LegalBasis legalBasis() {
        return legalBasis;
    }

    public String purpose() {
        return purpose;
    }

    public Set<LedgerField> items() {
        Set<LedgerField> fields = EnumSet.noneOf(LedgerField.class);
        Arrays.stream(items.split(",")).forEach(id -> Arrays.stream(LedgerField.values())
                .filter(f -> f.id().equals(id)).forEach(fields::add));
        return fields;
    }

    public Actor providedBy() {
        return new Actor(providedBySubject, providedByUsername);
    }

    public Instant providedAt() {
        return providedAt;
    }

    @Override
    public String toString() {
        return "Provision[" + personId + " to " + legalBasis + " at " + providedAt + "]";
    }
}
