package jp.tsunagu.ledger.view;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.tsunagu.ledger.mynumber.EncryptedMyNumber;
import jp.tsunagu.ledger.mynumber.MyNumberCipher;
import jp.tsunagu.ledger.mynumber.MyNumberDisclosure;
import jp.tsunagu.ledger.record.CertificateStatus;
import jp.tsunagu.ledger.record.DamageGrade;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.tenants.problem.ProblemException;
import jp.tsunagu.tenants.problem.ProblemKind;

/**
 * Turns ledger views into flat rows of text (field id to value) for export files and API bodies. 個人番号 appears only
 * under an {@link MyNumberDisclosure.Entitled} disclosure, which every call must pass: there is no variant without it.
 */
public final class LedgerExport {

    private final MyNumberCipher cipher;

    public LedgerExport(MyNumberCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    private LedgerExport() {
        this.cipher = null;
    }

    /** The rows of an installation without my-number keys: 個人番号 can only be withheld (entitled rows fail, 503). */
    public static LedgerExport withoutMyNumberKeys() {
        return new LedgerExport();
    }

    /** Fails now, before anything is written, if the disclosure would need keys this installation lacks. */
    public void requireKeysFor(MyNumberDisclosure disclosure) {
        if (disclosure instanceof MyNumberDisclosure.Entitled && cipher == null) {
            throw new MyNumberKeysMissingException();
        }
    }

    public Map<String, String> row(LedgerView view, Collection<LedgerField> fields, MyNumberDisclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("personId", view.personId().toString());
        for (LedgerField field : fields) {
            if (field == LedgerField.MY_NUMBER) {
                row.put(field.id(), myNumber(view, disclosure));
            } else {
                row.put(field.id(), view.item(field).map(Traced::value).map(LedgerExport::text).orElse(""));
            }
        }
        return row;
    }

    private String myNumber(LedgerView view, MyNumberDisclosure disclosure) {
        if (!(disclosure instanceof MyNumberDisclosure.Entitled entitled)) {
            return "";
        }
        requireKeysFor(entitled);
        return view.myNumber().map((EncryptedMyNumber n) -> cipher.decrypt(n).reveal(entitled)).orElse("");
    }

    private static String text(Object value) {
        return switch (value) {
            case Sex sex -> sex.japanese();
            case DamageGrade grade -> grade.japanese();
            case CertificateStatus status -> status.japanese();
            case Boolean flag -> flag ? "はい" : "いいえ";
            case List<?> list -> String.join("・", list.stream().map(String::valueOf).toList());
            default -> value.toString();
        };
    }

    /** 個人番号 was to be released but this installation has no my-number keys to decrypt it. */
    public static class MyNumberKeysMissingException extends ProblemException {

        MyNumberKeysMissingException() {
            super(ProblemKind.UNAVAILABLE, "個人番号 cannot be released: no my-number keys are"
                    + " configured (tsunagu.ledger.my-number.keys)");
        }
    }
}
