package jp.tsunagu.support.cases;

/** The kinds of need a case manager sorts needs and support by. */
public enum NeedCategory {
    /** 住まい. */ HOUSING,
    /** 健康・医療. */ HEALTH,
    /** 介護・福祉. */ CARE,
    /** 生活・生業. */ LIVELIHOOD,
    /** 資金・制度. */ FINANCE,
    /** 情報. */ INFORMATION,
    /** その他. */ OTHER
}
