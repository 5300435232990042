package jp.tsunagu.linkage.bench;

import java.time.LocalDate;
import java.util.Optional;
import jp.tsunagu.linkage.normalize.Municipality;

/** The truth about one synthetic person, from which records in many notations are written. */
record SyntheticPerson(String personId, NameLists.Name family, NameLists.Name given, LocalDate birthDate, boolean male,
                       Home home, Optional<String> mobile) {

    /** A household's home: municipality, town, block numbers and an optional landline. */
    record Home(Municipality municipality, String town, int chome, int banchi, int go, boolean chomeStyle,
                Optional<String> landline) {
    }
}
