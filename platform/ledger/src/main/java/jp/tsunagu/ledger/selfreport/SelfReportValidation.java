package jp.tsunagu.ledger.selfreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jp.tsunagu.ledger.record.Fingerprint;
import jp.tsunagu.ledger.record.JsonText;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.record.RecordValues;
import jp.tsunagu.ledger.record.Sex;
import jp.tsunagu.tenants.reference.MunicipalityCode;

/**
 * Reads a portal's request into a {@link SelfReport}, collecting every field at fault before refusing (so a portal
 * fixes them at once). Required: the idempotency key, 氏名, 生年月日 (ISO date, not in the future), and a consent
 * statement (given with parties and the text version, or withdrawn); everything else is optional. Messages name fields
 * and what is expected, never a value.
 */
public final class SelfReportValidation {

    private static final Pattern PHONE = Pattern.compile("[0-9０-９+\\-－() ]{6,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    private static final Pattern POSTAL = Pattern.compile("[0-9]{3}-?[0-9]{4}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._:-]{1,50}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final List<String> faults = new ArrayList<>();
    private final Instant now;

    private SelfReportValidation(Instant now) {
        this.now = now;
    }

    /**
     * @param header the {@code Idempotency-Key} header, if sent
     * @param today  the date in Japan now, against which a birth date may not lie in the future
     */
    public static SelfReport read(String portal, Optional<String> header, SelfReportRequest request, Instant now,
                                  LocalDate today) {
        if (request == null) {
            throw new InvalidSelfReportException("body", "a JSON body is required");
        }
        IdempotencyKey key = IdempotencyKey.of(header, Optional.ofNullable(request.submissionId()));
        return new SelfReportValidation(now).read(portal, key, request, today);
    }

    private SelfReport read(String portal, IdempotencyKey key, SelfReportRequest request, LocalDate today) {
        RecordValues.Builder values = RecordValues.builder();
        SelfReportRequest.Resident resident = request.resident();
        boolean cardVerified = false;
        if (resident == null) {
            faults.add("resident");
        } else {
            values.set(LedgerField.FULL_NAME, text(resident.fullName(), "resident.fullName", 200, true));
            values.set(LedgerField.FULL_NAME_KANA, text(resident.fullNameKana(), "resident.fullNameKana", 200, false));
            values.set(LedgerField.BIRTH_DATE, birthDate(resident.birthDate(), today));
            values.set(LedgerField.SEX, sex(resident.sex()));
            values.set(LedgerField.POSTAL_CODE, matching(resident.postalCode(), POSTAL, "resident.postalCode"));
            values.set(LedgerField.ADDRESS, text(resident.address(), "resident.address", 500, false));
            cardVerified = Boolean.TRUE.equals(resident.verifiedWithMyNumberCard());
        }
        Optional<String> reference = Optional.ofNullable(matching(request.residentReference(), REFERENCE, "residentReference"));
        Optional<WhereaboutsKind> whereaboutsKind = Optional.empty();
        Optional<String> place = Optional.empty();
        Optional<MunicipalityCode> municipality = Optional.empty();
        if (request.whereabouts() != null) {
            SelfReportRequest.Whereabouts at = request.whereabouts();
            whereaboutsKind = slug(WhereaboutsKind.class, at.kind(), "whereabouts.kind");
            municipality = municipality(at.municipalityCode());
            String description = text(at.description(), "whereabouts.description", 400, false);
            place = Optional.ofNullable(description);
            if (whereaboutsKind.isEmpty() && (description != null || municipality.isPresent())) {
                faults.add("whereabouts.kind");
            }
            if (whereaboutsKind.filter(k -> k == WhereaboutsKind.OTHER_MUNICIPALITY).isPresent() && municipality.isEmpty()) {
                faults.add("whereabouts.municipalityCode");
            }
            // As a whereabouts entry states it: the place, else the kind.
            values.set(LedgerField.WHEREABOUTS, description != null ? description
                    : whereaboutsKind.map(WhereaboutsKind::japanese).orElse(null));
        }
        Set<Need> needs = EnumSet.noneOf(Need.class);
        List<String> statedNeeds = request.needs() == null ? List.of() : request.needs();
        for (int i = 0; i < statedNeeds.size(); i++) {
            slug(Need.class, statedNeeds.get(i), "needs[" + i + "]").ifPresent(needs::add);
        }
        if (needs.contains(Need.CARE)) {
            values.set(LedgerField.CARE_NEEDED, Boolean.TRUE);
        }
        if (request.contact() != null) {
            values.set(LedgerField.PHONE, matching(request.contact().phone(), PHONE, "contact.phone"));
            values.set(LedgerField.EMAIL, matching(request.contact().email(), EMAIL, "contact.email"));
        }
        Optional<ConsentStatement> consent = consent(request.consent());
        consent.ifPresent(c -> values.set(LedgerField.CONSENTED_PARTIES, c.consentedParties()));
        values.set(LedgerField.EXTERNAL_ID, key.value());
        if (!faults.isEmpty()) {
            throw new InvalidSelfReportException(faults, "these fields are missing or malformed: " + String.join(", ", faults));
        }
        String canonical = canonical(key, reference, request, cardVerified, whereaboutsKind, municipality, needs, consent);
        return new SelfReport(portal, key, reference, values.build(), cardVerified, whereaboutsKind, place, municipality, needs,
                consent, sha256(canonical), canonical, now);
    }

    private Optional<ConsentStatement> consent(SelfReportRequest.Consent consent) {
        if (consent == null || consent.given() == null) {
            faults.add("consent.given");
            return Optional.empty();
        }
        String version = matching(consent.textVersion(), VERSION, "consent.textVersion");
        if (version == null) {
            if (consent.textVersion() == null || consent.textVersion().isBlank()) {
                faults.add("consent.textVersion");
            }
            return Optional.empty();
        }
        Set<ConsentParty> parties = EnumSet.noneOf(ConsentParty.class);
        List<String> named = consent.parties() == null ? List.of() : consent.parties();
        for (int i = 0; i < named.size(); i++) {
            slug(ConsentParty.class, named.get(i), "consent.parties[" + i + "]").ifPresent(parties::add);
        }
        if (consent.given() && parties.isEmpty()) {
            faults.add("consent.parties");
            return Optional.empty();
        }
        return Optional.of(new ConsentStatement(consent.given(), parties, version, now));
    }

    private String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                faults.add(field);
            }
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max || clean.chars().anyMatch(Character::isISOControl)) {
            faults.add(field);
            return null;
        }
        return clean;
    }

    private String matching(String value, Pattern shape, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (!shape.matcher(clean).matches()) {
            faults.add(field);
            return null;
        }
        return clean;
    }

    private LocalDate birthDate(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            faults.add("resident.birthDate");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(today) || date.getYear() < 1880) {
                faults.add("resident.birthDate");
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            faults.add("resident.birthDate");
            return null;
        }
    }

    private Sex sex(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "male" -> Sex.MALE;
            case "female" -> Sex.FEMALE;
            case "unknown" -> Sex.UNKNOWN;
            default -> {
                faults.add("resident.sex");
                yield null;
            }
        };
    }

    private Optional<MunicipalityCode> municipality(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MunicipalityCode.of(value.strip()));
        } catch (IllegalArgumentException e) {
            faults.add("whereabouts.municipalityCode");
            return Optional.empty();
        }
    }

    private <E extends Enum<E> & Slugged> Optional<E> slug(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<E> found = Slugged.of(type, value.strip());
        if (found.isEmpty()) {
            faults.add(field);
        }
        return found;
    }

    /** The report as read, in a fixed order: equal for the same submission however the portal spaced its JSON. */
    private static String canonical(IdempotencyKey key, Optional<String> reference, SelfReportRequest request,
                                    boolean cardVerified, Optional<WhereaboutsKind> kind,
                                    Optional<MunicipalityCode> municipality, Set<Need> needs,
                                    Optional<ConsentStatement> consent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("submissionId", key.value());
        reference.ifPresent(r -> fields.put("residentReference", r));
        SelfReportRequest.Resident resident = request.resident();
        put(fields, "resident.fullName", resident.fullName());
        put(fields, "resident.fullNameKana", resident.fullNameKana());
        put(fields, "resident.birthDate", resident.birthDate());
        put(fields, "resident.sex", resident.sex());
        put(fields, "resident.postalCode", resident.postalCode());
        put(fields, "resident.address", resident.address());
        fields.put("resident.verifiedWithMyNumberCard", Boolean.toString(cardVerified));
        kind.ifPresent(k -> fields.put("whereabouts.kind", k.slug()));
        municipality.ifPresent(m -> fields.put("whereabouts.municipalityCode", m.value()));
        if (request.whereabouts() != null) {
            put(fields, "whereabouts.description", request.whereabouts().description());
        }
        if (!needs.isEmpty()) {
            fields.put("needs", String.join(",", new TreeSet<>(needs.stream().map(Need::slug).toList())));
        }
        if (request.contact() != null) {
            put(fields, "contact.phone", request.contact().phone());
            put(fields, "contact.email", request.contact().email());
        }
        consent.ifPresent(c -> {
            fields.put("consent.given", Boolean.toString(c.given()));
            fields.put("consent.parties", String.join(",", c.consentedParties()));
            fields.put("consent.textVersion", c.textVersion());
        });
        return JsonText.object(fields);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }

    private static String sha256(String text) {
        MessageDigest digest = Fingerprint.sha256();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return Fingerprint.hex(digest);
    }
}
