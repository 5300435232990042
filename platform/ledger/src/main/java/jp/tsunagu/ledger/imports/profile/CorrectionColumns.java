package jp.tsunagu.ledger.imports.profile;

import java.util.Optional;
import java.util.UUID;

/**
 * The two columns the rejected-rows download adds to a file's own: what is wrong with the row, and which rejected row
 * it is. When the corrected file comes back, the second tells which rejected row each stored row settles, so a row
 * fixed once is no longer listed as waiting for correction. Neither column is a field of any profile.
 */
public final class CorrectionColumns {

    public static final String ERROR = "取込エラー";
    public static final String REJECTED_ROW_ID = "取込エラー行ID";

    private CorrectionColumns() {
    }

    /** Whether a header names one of the two columns (compared as loosely as profiles compare headers). */
    public static boolean isCorrectionColumn(String header) {
        String key = ResolvedProfile.normalize(header);
        return key.equals(ResolvedProfile.normalize(ERROR)) || key.equals(ResolvedProfile.normalize(REJECTED_ROW_ID));
    }

    /** The rejected row a corrected row stands for; empty when the cell is empty or not an id we wrote. */
    static Optional<UUID> rejectedRowId(String cell) {
        String text = cell.strip();
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
