// Japanese labels for the API's codes. Ledger items carry their own Japanese label; these cover the rest.

export const DAMAGE_GRADES = [
  ['TOTAL_COLLAPSE', '全壊'], ['LARGE_SCALE_HALF_COLLAPSE', '大規模半壊'], ['MEDIUM_SCALE_HALF_COLLAPSE', '中規模半壊'],
  ['HALF_COLLAPSE', '半壊'], ['QUASI_HALF_COLLAPSE', '準半壊'], ['PARTIAL_DAMAGE', '一部損壊'], ['NO_DAMAGE', '被害なし'],
];

const CODES = {
  ...Object.fromEntries(DAMAGE_GRADES),
  MALE: '男', FEMALE: '女', UNKNOWN: '不明',
};

/** How well one compared item of the record agrees with the candidate (linkage's agreement levels). */
export const AGREEMENT = {
  EXACT: '一致',
  VARIANT: '表記ゆれで一致',
  CLOSE: 'ほぼ一致',
  SWAPPED: '月日が入れ替わって一致',
  MISSING: '比較できず（一方が空欄）',
  DISAGREE: '不一致',
};

/** Items of the ledger by the API's field ids, for evidence keys no item of either person names. */
export const FIELD_LABELS = {
  fullName: '氏名', fullNameKana: 'ふりがな', birthDate: '生年月日', sex: '性別', postalCode: '郵便番号',
  address: '住所', whereabouts: '居所', phone: '電話番号', email: 'メールアドレス',
  damageGrade: '住家の被害の状況', careNeeded: '要配慮者であるか否か', name: '氏名', reason: '理由',
  decision: '判断', municipality: '市区町村コード', page: 'ページ', size: '件数', sort: '並び順',
};

/** The derivation rule that chose an item's value (docs/ledger.md, "Derivation rules"). */
export const RULES = {
  STAFF_CORRECTION: '職員修正', RESIDENT_REGISTER: '住民基本台帳', VERIFIED_BY_CARD: 'マイナンバーカードで確認',
  LATEST_OBSERVATION: '最も新しい記録', ACCUMULATED: 'すべての記録から', FLAGGED_BY_ANY: 'いずれかの記録',
};

/**
 * The items a staff member may correct, in the ledger's order, with an example as an import file writes it. 個人番号
 * (from the resident register only) and the source's own id are not corrected by hand.
 */
export const CORRECTABLE = [
  ['fullName', '氏名', '髙橋 一郎'], ['fullNameKana', 'ふりがな', 'タカハシ イチロウ'],
  ['birthDate', '生年月日', '1955-04-12、昭和30年4月12日'], ['sex', '性別', '男、女'], ['postalCode', '郵便番号', '928-0001'],
  ['address', '住所', '石川県輪島市河井町1-23'], ['whereabouts', '居所', '七尾市の長女宅'], ['phone', '電話番号', '090-1234-5678'],
  ['email', 'メールアドレス', 'name@example.jp'], ['damageGrade', '住家の被害の状況', '全壊、大規模半壊、半壊、一部損壊'],
  ['otherDamage', 'その他の被害の状況', '車両の浸水'], ['careNeeded', '要配慮者であるか否か', 'はい、いいえ'],
  ['careReason', '要配慮者である事由', '要介護1'], ['supportProvided', '援護の実施の状況', '食料支援'],
  ['certificateStatus', '罹災証明書の交付の状況', '交付済'], ['consentedParties', '台帳情報の提供に同意した提供先', '社会福祉協議会'],
  ['householdKey', '世帯番号', 'H0001'], ['householdRelationship', '続柄', '世帯主'], ['householdSize', '世帯人数', '2'],
  ['note', '備考', '犬を連れている'],
];

export const DECISIONS = {
  LINKED: '自動で結び付け', REVIEW: '要確認', NEW_PERSON: '新しい人', CONFIRMED: '職員が確定', MERGED: '統合',
  MOVED: '付け替え', CORRECTED: '訂正',
};

/** A ledger value as text: code names in Japanese, booleans as はい/いいえ, lists joined. */
export function valueText(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (value === true) return 'はい';
  if (value === false) return 'いいえ';
  if (Array.isArray(value)) return value.map(valueText).join('・');
  if (typeof value === 'string' && CODES[value]) return CODES[value];
  return String(value);
}

const TIME = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

export function timeText(instant) {
  return instant ? TIME.format(new Date(instant)) : '—';
}
