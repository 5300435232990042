package jp.tsunagu.support.cases;

/** How a contact was made. */
public enum ContactChannel {
    PHONE, EMAIL, LETTER, COUNTER, ONLINE, OTHER
}
