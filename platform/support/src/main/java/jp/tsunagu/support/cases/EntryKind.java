package jp.tsunagu.support.cases;

/** What a case entry records. */
public enum EntryKind {
    /** 訪問: someone went to see the person. */
    VISIT,
    /** 連絡: a call, a message, a letter, a talk at a counter. */
    CONTACT,
    /** ニーズ: something the person needs, with its category and urgency. */
    NEED,
    /** 要配慮者: why the person needs particular care (categories and details). */
    CARE,
    /** 支援の実施: support given, of a category. */
    SUPPORT
}
