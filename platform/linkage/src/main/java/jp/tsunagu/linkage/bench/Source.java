package jp.tsunagu.linkage.bench;

/** Where a record comes from, which decides its notation habits and its errors. */
enum Source {
    /** 住民基本台帳: registered kanji (旧字体 kept), kana, full address, dates often in 和暦. */
    REGISTER,
    /** 避難所名簿: handwritten lists; kana-only names, ages rather than dates, the shelter as address. */
    SHELTER,
    /** 訪問 (outreach visits): filled in on paper, transcribed later; slips. */
    OUTREACH,
    /** コールセンター: heard, not read; kana guesses, other kanji for the same reading, long vowels spelt as heard. */
    CALL_CENTRE,
    /** Web portal: typed by the person; half-width kana, full-width digits, mobile phone. */
    PORTAL
}
