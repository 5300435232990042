package jp.tsunagu.linkage.match;

import java.util.Objects;

/** One incoming record about a person, fields as received (any notation). Blank fields are empty strings, never null. */
public record PersonRecord(String id, String name, String nameKana, String birthDate, String sex, String address,
                           String phone) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "");
        nameKana = Objects.requireNonNullElse(nameKana, "");
        birthDate = Objects.requireNonNullElse(birthDate, "");
        sex = Objects.requireNonNullElse(sex, "");
        address = Objects.requireNonNullElse(address, "");
        phone = Objects.requireNonNullElse(phone, "");
    }

    /** Personal data stays out of logs: only the id is printed. */
    @Override
    public String toString() {
        return "PersonRecord[" + id + "]";
    }
}
