package jp.tsunagu.ledger.imports.row;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tsunagu.ledger.imports.profile.ImportField;
import jp.tsunagu.ledger.imports.profile.MappedRow;
import jp.tsunagu.ledger.imports.profile.ResolvedProfile;
import jp.tsunagu.ledger.mynumber.InvalidMyNumberException;
import jp.tsunagu.ledger.mynumber.MyNumber;
import jp.tsunagu.ledger.mynumber.MyNumberCipher;
import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.SourceKind;

/**
 * Validates one mapped row and turns it into record values, or into every problem it has. The rules per field are in
 * docs/import-format.md. Values are kept as written where they are personal text (names, addresses: no folding of
 * kanji variants, which would lose 髙 or 﨑), and normalised where they are codes, numbers and dates.
 *
 * <p>The fingerprint hashes the source kind and every mapped field except 個人番号 (a hash of a number with only
 * 10^11 possibilities could be reversed), so the same row in a later file is recognised and not stored twice.
 * Not thread-safe: one per import.
 */
public final class RowInterpreter {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1890, 1, 1);
    private static final Pattern KANA = Pattern.compile("[\\p{InHiragana}\\p{InKatakana}ー・\\s　]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[・、,，;；/／\\n]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final String MY_NUMBER_MASK = "[個人番号は暗号化して保存]";

    private final SourceKind kind;
    private final ResolvedProfile profile;
    private final Optional<MyNumberCipher> cipher;
    private final LocalDate today;
    private final MessageDigest digest = Fingerprint.sha256();

    public RowInterpreter(SourceKind kind, ResolvedProfile profile, Optional<MyNumberCipher> cipher, LocalDate today) {
        this.kind = kind;
        this.profile = profile;
        this.cipher = cipher;
        this.today = today;
    }

    public Interpretation interpret(MappedRow row) {
        return interpret(row, true);
    }

    /**
     * The same rules for items that need not name the person: a staff correction states only what it corrects, and is
     * linked to its person already.
     */
    public Interpretation interpretItems(MappedRow row) {
        return interpret(row, false);
    }

    private Interpretation interpret(MappedRow row, boolean nameRequired) {
        List<RowProblem> problems = new ArrayList<>();
        RecordValues.Builder values = RecordValues.builder();
        name(row, ImportField.FULL_NAME, ImportField.FAMILY_NAME, ImportField.GIVEN_NAME, false, problems)
                .ifPresent(name -> values.set(LedgerField.FULL_NAME, name));
        name(row, ImportField.FULL_NAME_KANA, ImportField.FAMILY_NAME_KANA, ImportField.GIVEN_NAME_KANA, true, problems)
                .ifPresent(kana -> values.set(LedgerField.FULL_NAME_KANA, kana));
        if (nameRequired && values.isEmpty(LedgerField.FULL_NAME) && values.isEmpty(LedgerField.FULL_NAME_KANA)
                && problems.stream().noneMatch(p -> p.field().startsWith("fullName") || p.field().startsWith("family"))) {
            problems.add(new RowProblem(ImportField.FULL_NAME.id(), ProblemCode.REQUIRED));
        }
        row.get(ImportField.BIRTH_DATE).ifPresent(text -> birthDate(text, problems).ifPresent(d -> values.set(LedgerField.BIRTH_DATE, d)));
        coded(row, ImportField.SEX, Codes::sex, problems).ifPresent(v -> values.set(LedgerField.SEX, v));
        row.get(ImportField.POSTAL_CODE).ifPresent(text -> postalCode(text, problems).ifPresent(v -> values.set(LedgerField.POSTAL_CODE, v)));
        text(row, ImportField.ADDRESS, 500, problems).ifPresent(v -> values.set(LedgerField.ADDRESS, v));
        text(row, ImportField.WHEREABOUTS, 500, problems).ifPresent(v -> values.set(LedgerField.WHEREABOUTS, v));
        row.get(ImportField.PHONE).ifPresent(text -> phone(text, problems).ifPresent(v -> values.set(LedgerField.PHONE, v)));
        row.get(ImportField.EMAIL).ifPresent(text -> email(text, problems).ifPresent(v -> values.set(LedgerField.EMAIL, v)));
        coded(row, ImportField.DAMAGE_GRADE, Codes::damage, problems).ifPresent(v -> values.set(LedgerField.DAMAGE_GRADE, v));
        text(row, ImportField.OTHER_DAMAGE, 500, problems).ifPresent(v -> values.set(LedgerField.OTHER_DAMAGE, v));
        coded(row, ImportField.CARE_NEEDED, Codes::yesNo, problems).ifPresent(v -> values.set(LedgerField.CARE_NEEDED, v));
        text(row, ImportField.CARE_REASON, 500, problems).ifPresent(v -> values.set(LedgerField.CARE_REASON, v));
        list(row, ImportField.SUPPORT_PROVIDED, problems).ifPresent(v -> values.set(LedgerField.SUPPORT_PROVIDED, v));
        coded(row, ImportField.CERTIFICATE_STATUS, Codes::certificate, problems).ifPresent(v -> values.set(LedgerField.CERTIFICATE_STATUS, v));
        list(row, ImportField.CONSENTED_PARTIES, problems).ifPresent(v -> values.set(LedgerField.CONSENTED_PARTIES, v));
        text(row, ImportField.HOUSEHOLD_KEY, 100, problems).ifPresent(v -> values.set(LedgerField.HOUSEHOLD_KEY, v));
        text(row, ImportField.HOUSEHOLD_RELATIONSHIP, 50, problems).ifPresent(v -> values.set(LedgerField.HOUSEHOLD_RELATIONSHIP, v));
        row.get(ImportField.HOUSEHOLD_SIZE).ifPresent(text -> householdSize(text, problems).ifPresent(v -> values.set(LedgerField.HOUSEHOLD_SIZE, v)));
        row.get(ImportField.MY_NUMBER).ifPresent(text -> myNumber(text, problems).ifPresent(v -> values.set(LedgerField.MY_NUMBER, v)));
        text(row, ImportField.EXTERNAL_ID, 100, problems).ifPresent(v -> values.set(LedgerField.EXTERNAL_ID, v));
        text(row, ImportField.NOTE, 2000, problems).ifPresent(v -> values.set(LedgerField.NOTE, v));
        Optional<Instant> observedAt = row.get(ImportField.OBSERVED_AT).flatMap(text -> observedAt(text, problems));

        String asReceived = asReceivedJson(row);
        if (!problems.isEmpty()) {
            return new Interpretation.Rejected(problems, asReceived);
        }
        return new Interpretation.Accepted(values.build(), observedAt, fingerprint(row), asReceived);
    }

    /** A row whose quoting was broken: nothing in it can be trusted, so it is rejected as a whole. */
    public Interpretation brokenRow(MappedRow row) {
        return new Interpretation.Rejected(List.of(new RowProblem(RowProblem.WHOLE_ROW, ProblemCode.BROKEN_QUOTING)),
                asReceivedJson(row));
    }

    private Optional<String> name(MappedRow row, ImportField full, ImportField family, ImportField given, boolean kana,
                                  List<RowProblem> problems) {
        Optional<String> name = row.get(full).or(() -> row.get(family)
                .map(f -> row.get(given).map(g -> f + " " + g).orElse(f)));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ImportField reported = row.get(full).isPresent() ? full : family;
        String text = kana ? Normalizer.normalize(name.get(), Normalizer.Form.NFKC) : name.get();
        if (text.length() > 200) {
            problems.add(new RowProblem(reported.id(), ProblemCode.TOO_LONG));
            return Optional.empty();
        }
        if (kana && !KANA.matcher(text).matches()) {
            problems.add(new RowProblem(reported.id(), ProblemCode.INVALID_KANA));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<LocalDate> birthDate(String text, List<RowProblem> problems) {
        Optional<LocalDate> date = JapaneseDates.date(text);
        if (date.isEmpty() || date.get().isBefore(OLDEST_BIRTH)) {
            problems.add(new RowProblem(ImportField.BIRTH_DATE.id(), ProblemCode.INVALID_DATE));
            return Optional.empty();
        }
        if (date.get().isAfter(today)) {
            problems.add(new RowProblem(ImportField.BIRTH_DATE.id(), ProblemCode.FUTURE_DATE));
            return Optional.empty();
        }
        return date;
    }

    private Optional<Instant> observedAt(String text, List<RowProblem> problems) {
        Optional<LocalDateTime> at = JapaneseDates.dateTime(text);
        if (at.isEmpty()) {
            problems.add(new RowProblem(ImportField.OBSERVED_AT.id(), ProblemCode.INVALID_DATE));
            return Optional.empty();
        }
        if (at.get().toLocalDate().isAfter(today)) {
            problems.add(new RowProblem(ImportField.OBSERVED_AT.id(), ProblemCode.FUTURE_DATE));
            return Optional.empty();
        }
        return Optional.of(at.get().atZone(JAPAN).toInstant());
    }

    private static <T> Optional<T> coded(MappedRow row, ImportField field, java.util.function.Function<String, Optional<T>> codes,
                                         List<RowProblem> problems) {
        Optional<String> text = row.get(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = codes.apply(text.get());
        if (value.isEmpty()) {
            problems.add(new RowProblem(field.id(), ProblemCode.UNKNOWN_CODE));
        }
        return value;
    }

    private static Optional<String> text(MappedRow row, ImportField field, int maxLength, List<RowProblem> problems) {
        Optional<String> text = row.get(field);
        if (text.isPresent() && text.get().length() > maxLength) {
            problems.add(new RowProblem(field.id(), ProblemCode.TOO_LONG));
            return Optional.empty();
        }
        return text;
    }

    private static Optional<List<String>> list(MappedRow row, ImportField field, List<RowProblem> problems) {
        Optional<String> text = row.get(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> entries = LIST_SEPARATOR.splitAsStream(text.get()).map(String::strip).filter(e -> !e.isEmpty()).toList();
        if (entries.stream().anyMatch(e -> e.length() > 200) || entries.size() > 50) {
            problems.add(new RowProblem(field.id(), ProblemCode.TOO_LONG));
            return Optional.empty();
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    private static Optional<String> postalCode(String text, List<RowProblem> problems) {
        String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("〒", "").replace("-", "").replace("−", "").strip();
        if (!digits.matches("\\d{7}")) {
            problems.add(new RowProblem(ImportField.POSTAL_CODE.id(), ProblemCode.INVALID_POSTAL_CODE));
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3));
    }

    private static Optional<String> phone(String text, List<RowProblem> problems) {
        String phone = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('−', '-').replace('ー', '-');
        String digits = phone.replaceAll("[-()\\s]", "");
        boolean domestic = digits.matches("0\\d{9,10}");
        boolean international = digits.matches("\\+\\d{8,15}");
        if (!domestic && !international) {
            problems.add(new RowProblem(ImportField.PHONE.id(), ProblemCode.INVALID_PHONE));
            return Optional.empty();
        }
        return Optional.of(phone.replaceAll("\\s", ""));
    }

    private static Optional<String> email(String text, List<RowProblem> problems) {
        String email = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new RowProblem(ImportField.EMAIL.id(), ProblemCode.INVALID_EMAIL));
            return Optional.empty();
        }
        return Optional.of(email);
    }

    private static Optional<Integer> householdSize(String text, List<RowProblem> problems) {
        String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("人", "").strip();
        if (!digits.matches("\\d{1,2}") || Integer.parseInt(digits) == 0) {
            problems.add(new RowProblem(ImportField.HOUSEHOLD_SIZE.id(), ProblemCode.INVALID_NUMBER));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    private Optional<Object> myNumber(String text, List<RowProblem> problems) {
        if (cipher.isEmpty()) {
            problems.add(new RowProblem(ImportField.MY_NUMBER.id(), ProblemCode.MY_NUMBER_NOT_ACCEPTED));
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.get().encrypt(MyNumber.parse(text)));
        } catch (InvalidMyNumberException e) {
            problems.add(new RowProblem(ImportField.MY_NUMBER.id(), ProblemCode.INVALID_MY_NUMBER));
            return Optional.empty();
        }
    }

    private String fingerprint(MappedRow row) {
        digest.reset();
        digest.update(kind.name().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<ImportField, String> field : row.fields().entrySet()) {
            if (field.getKey() != ImportField.MY_NUMBER) {
                digest.update((byte) 0x1E);
                digest.update(field.getKey().id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
                digest.update(field.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return Fingerprint.hex(digest);
    }

    /** The row as received, as JSON; the 個人番号 column masked, since the plain number is never stored. */
    private String asReceivedJson(MappedRow row) {
        Optional<String> myNumberHeader = profile.headerOf(ImportField.MY_NUMBER);
        if (myNumberHeader.isEmpty()) {
            return JsonText.object(row.asReceived());
        }
        Map<String, String> masked = new LinkedHashMap<>(row.asReceived());
        masked.computeIfPresent(myNumberHeader.get(), (header, value) -> value.isBlank() ? value : MY_NUMBER_MASK);
        return JsonText.object(masked);
    }
}
