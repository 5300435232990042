package jp.tsunagu.ledger.outreach;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.record.InstantColumn;
import jp.tsunagu.ledger.selfreport.ConsentParty;
import jp.tsunagu.ledger.selfreport.Need;
import jp.tsunagu.ledger.selfreport.Slugged;
import jp.tsunagu.tenants.reference.MunicipalityCode;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A segment as defined by prefecture staff: its name and criteria, who defined it and when. No personal data. */
@Entity
@Table(name = "ledger_outreach_segment")
public class OutreachSegment {

    @Id
    private UUID id;
    @Column(name = "disaster_id", nullable = false)
    private UUID disasterId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 40)
    private String party;
    @Column(nullable = false, length = 2000)
    private String municipalities;
    @Column(nullable = false, length = 200)
    private String prefectures;
    @Column(nullable = false, length = 200)
    private String needs;
    @Column(name = "defined_by_subject", nullable = false)
    private String definedBySubject;
    @Column(name = "defined_by_username", nullable = false)
    private String definedByUsername;
    @Convert(converter = InstantColumn.class)
    @Column(name = "defined_at", nullable = false)
    private Instant definedAt;

    protected OutreachSegment() {
    }

    public OutreachSegment(UUID disasterId, String name, SegmentCriteria criteria, Actor by, Instant at) {
        this.id = UUID.randomUUID();
        this.disasterId = Objects.requireNonNull(disasterId);
        this.name = Objects.requireNonNull(name);
        this.party = criteria.party().slug();
        this.municipalities = joined(criteria.municipalities(), MunicipalityCode::value);
        this.prefectures = joined(criteria.prefectures(), PrefectureCode::toString);
        this.needs = joined(criteria.needs(), Need::slug);
        this.definedBySubject = by.subject();
        this.definedByUsername = by.username();
        this.definedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID disasterId() {
        return disasterId;
    }

    public String name() {
        return name;
    }

    public Instant definedAt() {
        return definedAt;
    }

    public SegmentCriteria criteria() {
        return new SegmentCriteria(Slugged.of(ConsentParty.class, party).orElseThrow(),
                split(municipalities, MunicipalityCode::of), split(prefectures, PrefectureCode::of),
                split(needs, slug -> Slugged.of(Need.class, slug).orElseThrow()));
    }

    private static <T> String joined(Set<T> values, Function<T, String> text) {
        return values.stream().map(text).sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String text, Function<String, T> parse) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
