package jp.tsunagu.ledger.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.ledger.imports.row.JapaneseDates;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.whereabouts.WhereaboutsKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * What a staff member searches for, always inside one disaster. Every criterion given must hold (AND); an absent one
 * does not filter. {@code name}: kanji, kana or both, family name first, matched by prefix (see docs/ledger.md,
 * "Search"); {@code address}: part of the registered address; {@code municipality}: of the registered address (a
 * designated city includes its wards); {@code damageGrades}: any of them; {@code careNeeded}: 要配慮者 or not;
 * {@code currentMunicipality}: of the current whereabouts (a city includes its wards); {@code whereaboutsKind}: of
 * the current whereabouts; {@code unlocatedSince}: persons whose whereabouts are unknown, absent or last observed
 * before that time; {@code scope}: the persons the caller may see at all (everyone unless set).
 * {@code toString} leaves values out: a search is about a person.
 */
public record PersonSearchCriteria(UUID disasterId, Optional<String> name, Optional<LocalDate> birthDate,
                                   Optional<String> address, Optional<MunicipalityCode> municipality,
                                   Set<DamageGrade> damageGrades, Optional<Boolean> careNeeded,
                                   Optional<MunicipalityCode> currentMunicipality, Optional<WhereaboutsKind> whereaboutsKind,
                                   PersonScope scope, Optional<Instant> unlocatedSince) {

    static final int LONGEST_NAME = 100;
    static final int LONGEST_ADDRESS = 200;

    public PersonSearchCriteria {
        Objects.requireNonNull(disasterId, "disasterId");
        name = Objects.requireNonNull(name, "name").map(String::strip).filter(n -> !n.isEmpty());
        Objects.requireNonNull(birthDate, "birthDate");
        address = Objects.requireNonNull(address, "address").map(String::strip).filter(a -> !a.isEmpty());
        Objects.requireNonNull(municipality, "municipality");
        damageGrades = Set.copyOf(damageGrades);
        Objects.requireNonNull(careNeeded, "careNeeded");
        Objects.requireNonNull(currentMunicipality, "currentMunicipality");
        Objects.requireNonNull(whereaboutsKind, "whereaboutsKind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(unlocatedSince, "unlocatedSince");
        if (name.map(String::length).orElse(0) > LONGEST_NAME) {
            throw new InvalidRequestException("name", "name is longer than " + LONGEST_NAME + " characters");
        }
        if (address.map(String::length).orElse(0) > LONGEST_ADDRESS) {
            throw new InvalidRequestException("address", "address is longer than " + LONGEST_ADDRESS + " characters");
        }
    }

    /** Criteria for the disaster, filtering nothing yet. */
    public static Builder in(UUID disasterId) {
        return new Builder(disasterId);
    }

    @Override
    public String toString() {
        return "PersonSearchCriteria[" + disasterId + (name.isPresent() ? ", name" : "") + (birthDate.isPresent() ? ", birthDate" : "")
                + (address.isPresent() ? ", address" : "") + (municipality.isPresent() ? ", municipality" : "")
                + (damageGrades.isEmpty() ? "" : ", damageGrades") + (careNeeded.isPresent() ? ", careNeeded" : "")
                + (currentMunicipality.isPresent() ? ", currentMunicipality" : "")
                + (whereaboutsKind.isPresent() ? ", whereaboutsKind" : "") + (unlocatedSince.isPresent() ? ", unlocatedSince" : "")
                + (scope.everyone() ? "" : ", scoped") + "]";
    }

    /** Builds criteria from what a form or a query string gives; blank text means "not given". */
    public static final class Builder {

        private final UUID disasterId;
        private Optional<String> name = Optional.empty();
        private Optional<LocalDate> birthDate = Optional.empty();
        private Optional<String> address = Optional.empty();
        private Optional<MunicipalityCode> municipality = Optional.empty();
        private Set<DamageGrade> damageGrades = Set.of();
        private Optional<Boolean> careNeeded = Optional.empty();
        private Optional<MunicipalityCode> currentMunicipality = Optional.empty();
        private Optional<WhereaboutsKind> whereaboutsKind = Optional.empty();
        private PersonScope scope = PersonScope.EVERYONE;
        private Optional<Instant> unlocatedSince = Optional.empty();

        private Builder(UUID disasterId) {
            this.disasterId = Objects.requireNonNull(disasterId, "disasterId");
        }

        public Builder name(String name) {
            this.name = Optional.ofNullable(name);
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = Optional.ofNullable(birthDate);
            return this;
        }

        /** A birth date in any form imports accept: 1955-04-12, 1955/4/12, 19550412, 昭和30年4月12日, S30.4.12 … */
        public Builder birthDate(String text) {
            if (text == null || text.isBlank()) {
                birthDate = Optional.empty();
                return this;
            }
            birthDate = Optional.of(JapaneseDates.date(text).orElseThrow(() -> new InvalidRequestException("birthDate",
                    "birthDate must be a date such as 1955-04-12, 1955/4/12 or 昭和30年4月12日")));
            return this;
        }

        public Builder address(String address) {
            this.address = Optional.ofNullable(address);
            return this;
        }

        public Builder municipality(MunicipalityCode municipality) {
            this.municipality = Optional.ofNullable(municipality);
            return this;
        }

        public Builder damageGrades(Collection<DamageGrade> grades) {
            this.damageGrades = Set.copyOf(grades);
            return this;
        }

        public Builder careNeeded(Boolean careNeeded) {
            this.careNeeded = Optional.ofNullable(careNeeded);
            return this;
        }

        public Builder currentMunicipality(MunicipalityCode municipality) {
            this.currentMunicipality = Optional.ofNullable(municipality);
            return this;
        }

        public Builder whereaboutsKind(WhereaboutsKind kind) {
            this.whereaboutsKind = Optional.ofNullable(kind);
            return this;
        }

        /** Persons whose whereabouts are unknown, absent, or last observed before {@code since}. */
        public Builder unlocatedSince(Instant since) {
            this.unlocatedSince = Optional.ofNullable(since);
            return this;
        }

        /** Only persons the caller may see; everyone unless set. */
        public Builder scope(PersonScope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        public PersonSearchCriteria build() {
            return new PersonSearchCriteria(disasterId, name, birthDate, address, municipality, damageGrades, careNeeded,
                    currentMunicipality, whereaboutsKind, scope, unlocatedSince);
        }
    }
}
