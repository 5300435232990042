package jp.tsunagu.linkage.match;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.linkage.normalize.NormalizedAddress;
import jp.tsunagu.linkage.normalize.PersonName;
import jp.tsunagu.linkage.normalize.PhoneNumber;
import jp.tsunagu.linkage.normalize.Sex;

/** A record's matching keys. The original stays in {@link PersonRecord}; only the id is kept here. */
public record NormalizedRecord(String id, PersonName name, Optional<LocalDate> birthDate, Sex sex,
                               NormalizedAddress address, Optional<PhoneNumber> phone) {

    public NormalizedRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
    }

    @Override
    public String toString() {
        return "NormalizedRecord[" + id + "]";
    }
}
