package jp.tsunagu.support.cases;

/** Why a person is 要配慮者 (災害対策基本法 8条2項15号): the groups the law and municipal plans name. */
public enum CareCategory {
    /** 高齢者. */ ELDERLY,
    /** 障害者. */ DISABILITY,
    /** 乳幼児. */ INFANT,
    /** 妊産婦. */ PREGNANT,
    /** 難病・医療的ケア. */ MEDICAL_CARE,
    /** 要介護. */ NURSING_CARE,
    /** 外国人. */ FOREIGN_RESIDENT,
    /** その他. */ OTHER
}
