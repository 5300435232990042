package jp.tsunagu.ledger.sharing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.ledger.person.rest.ItemView;
import jp.tsunagu.ledger.record.LedgerField;
import jp.tsunagu.ledger.view.LedgerView;
import jp.tsunagu.provisioning.agreements.SharedItem;

/**
 * Which ledger fields an agreement's items mean, and the filter that shows a host nothing else. 個人番号, the source's
 * own id, notes (free text that may say anything) and the list of consented parties are in no item: they never leave
 * the home tenant through an agreement.
 */
public final class AgreedItems {

    static final Set<LedgerField> NEVER_SHARED = Collections.unmodifiableSet(EnumSet.of(LedgerField.MY_NUMBER,
            LedgerField.EXTERNAL_ID, LedgerField.NOTE, LedgerField.CONSENTED_PARTIES));

    private static final Map<SharedItem, Set<LedgerField>> FIELDS = fieldsByItem();

    private final Set<LedgerField> fields;

    private AgreedItems(Set<LedgerField> fields) {
        this.fields = fields;
    }

    public static AgreedItems of(Set<SharedItem> items) {
        EnumSet<LedgerField> fields = EnumSet.noneOf(LedgerField.class);
        items.forEach(item -> fields.addAll(FIELDS.get(item)));
        fields.removeAll(NEVER_SHARED);
        return new AgreedItems(Collections.unmodifiableSet(fields));
    }

    public static Set<LedgerField> fieldsOf(SharedItem item) {
        return FIELDS.get(item);
    }

    public boolean includes(LedgerField field) {
        return fields.contains(field);
    }

    public Set<LedgerField> fields() {
        return fields;
    }

    /** The person's agreed items only, by field id in the ledger's order: label and value, no record ids or rules. */
    public Map<String, Shown> filter(LedgerView view) {
        Map<String, Shown> shown = new LinkedHashMap<>();
        view.items().forEach((field, traced) -> {
            if (fields.contains(field)) {
                shown.put(field.id(), new Shown(field.japanese(), ItemView.plain(traced.value())));
            }
        });
        return shown;
    }

    /** One item as the host sees it. */
    public record Shown(String label, Object value) {
    }

    private static Map<SharedItem, Set<LedgerField>> fieldsByItem() {
        Map<SharedItem, Set<LedgerField>> fields = new EnumMap<>(SharedItem.class);
        fields.put(SharedItem.IDENTITY, EnumSet.of(LedgerField.FULL_NAME, LedgerField.FULL_NAME_KANA,
                LedgerField.BIRTH_DATE, LedgerField.SEX, LedgerField.POSTAL_CODE, LedgerField.ADDRESS));
        fields.put(SharedItem.WHEREABOUTS, EnumSet.of(LedgerField.WHEREABOUTS));
        fields.put(SharedItem.NEEDS, EnumSet.of(LedgerField.CARE_NEEDED, LedgerField.CARE_REASON));
        fields.put(SharedItem.SUPPORT_RECORDS, EnumSet.of(LedgerField.SUPPORT_PROVIDED));
        fields.put(SharedItem.CONTACT, EnumSet.of(LedgerField.PHONE, LedgerField.EMAIL));
        fields.put(SharedItem.DAMAGE, EnumSet.of(LedgerField.DAMAGE_GRADE, LedgerField.OTHER_DAMAGE,
                LedgerField.CERTIFICATE_STATUS));
        fields.put(SharedItem.HOUSEHOLD, EnumSet.of(LedgerField.HOUSEHOLD_KEY, LedgerField.HOUSEHOLD_RELATIONSHIP,
                LedgerField.HOUSEHOLD_SIZE));
        fields.replaceAll((item, set) -> Collections.unmodifiableSet(set));
        return Collections.unmodifiableMap(fields);
    }
}
