package jp.tsunagu.audit.trail;

/** How an attempt ended: it was allowed and the data left, it was refused (a 4xx problem), or it failed (5xx). */
public enum Outcome {
    ALLOWED,
    REFUSED,
    FAILED
}
