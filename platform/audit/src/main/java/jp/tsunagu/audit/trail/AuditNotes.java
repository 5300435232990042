package jp.tsunagu.audit.trail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.audit.basis.LegalBasis;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * What the code under an {@link Audited} method learnt that the log should say: the capacity and basis the access
 * check settled on, that the disaster instance is this tenant's (so ids asked for are shown as they are), the persons
 * whose data went out (search results, the two sides of a review), the items, a reference to a record kept elsewhere.
 * Request-scoped; the {@link AuditedInterceptor} writes the entry from it when the method ends.
 */
@RequestScoped
public class AuditNotes {

    private Accessor capacity;
    private String context;
    private LegalBasis basis;
    private boolean targetVerified;
    private final List<UUID> persons = new ArrayList<>();
    private List<String> items;
    private String reference;
    private boolean recorded;
    private PrefectureCode dataTenant;
    private String refusedInPart;

    /** The access check passed the instance ({@code context}: the grants' context, the disaster id) and the capacity. */
    public void access(String context, Accessor capacity, LegalBasis basis) {
        this.context = context;
        this.capacity = capacity;
        this.basis = basis;
        this.targetVerified = true;
    }

    /** The access check found the instance in this tenant, whatever it decides next. */
    public void targetVerified(String context) {
        this.context = context;
        this.targetVerified = true;
    }

    /** The capacity is known but the check refused; the entry still says in which capacity it was tried. */
    public void capacity(Accessor known) {
        this.capacity = known;
    }

    public void basis(LegalBasis decided) {
        this.basis = decided;
    }

    public void persons(Collection<UUID> shown) {
        shown.stream().filter(id -> !persons.contains(id)).forEach(persons::add);
    }

    public void items(List<String> fieldIds) {
        this.items = List.copyOf(fieldIds);
    }

    public void reference(String recorded) {
        this.reference = recorded;
    }

    /**
     * The data belongs to another tenant than the caller's (a host reading the home tenant's person through a sharing
     * agreement): the entry goes into that tenant's chain, where its admin sees who read their data.
     */
    public void dataOf(PrefectureCode owner) {
        this.dataTenant = owner;
    }

    /**
     * The call answered, but refused part of what it carried (reports of a batch): it is an entry, refused with this
     * problem type, also under {@link Audited#refusalsOnly()}; {@code summary} (counts, no values) is its reference.
     */
    public void refusedInPart(String slug, String summary) {
        this.refusedInPart = slug;
        this.reference = summary;
    }

    Optional<String> refusedInPart() {
        return Optional.ofNullable(refusedInPart);
    }

    Optional<PrefectureCode> dataTenant() {
        return Optional.ofNullable(dataTenant);
    }

    Optional<Accessor> capacity() {
        return Optional.ofNullable(capacity);
    }

    Optional<String> context() {
        return Optional.ofNullable(context);
    }

    Optional<LegalBasis> basis() {
        return Optional.ofNullable(basis);
    }

    boolean targetVerified() {
        return targetVerified;
    }

    List<UUID> persons() {
        return List.copyOf(persons);
    }

    Optional<List<String>> items() {
        return Optional.ofNullable(items);
    }

    Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        recorded = true;
    }
}
