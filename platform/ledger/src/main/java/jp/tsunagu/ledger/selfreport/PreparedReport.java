package jp.tsunagu.ledger.selfreport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.linking.LinkSubject;
import jp.tsunagu.ledger.linking.PersonMatcher;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.ledger.search.NameKeys;

/**
 * A report with what linking it needs worked out on the request's own thread, before it queues for its group commit:
 * the record id, the linkage keys (kuromoji readings and address resolution are the costly part, so they run on every
 * request thread at once instead of inside the one writer) and the whole-name keys that find candidates in the
 * search summaries.
 */
record PreparedReport(SelfReport report, UUID recordId, LinkSubject subject, List<String> nameKeys) {

    static PreparedReport of(SelfReport report, UUID recordId, PersonMatcher matcher, NameKeys names) {
        LinkSubject plain = LinkSubject.of(recordId, SourceKind.RESIDENT_PORTAL, report.values());
        Optional<String> keys = matcher.keysOf(plain);
        LinkSubject subject = new LinkSubject(recordId, SourceKind.RESIDENT_PORTAL, plain.fullName(), plain.fullNameKana(),
                plain.birthDate(), plain.sex(), plain.address(), plain.phone(), keys);
        return new PreparedReport(report, recordId, subject, names.wholeNameKeys(plain.fullName().orElse(""),
                plain.fullNameKana().orElse("")));
    }
}
