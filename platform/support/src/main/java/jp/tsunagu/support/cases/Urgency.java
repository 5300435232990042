package jp.tsunagu.support.cases;

/** How soon a need must be met. */
public enum Urgency {
    LOW, MEDIUM, HIGH, CRITICAL
}
