package jp.tsunagu.ledger.imports.control;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagu.ledger.audit.Actor;
import jp.tsunagu.ledger.imports.job.ImportRequest;
import jp.tsunagu.ledger.imports.profile.ColumnProfile;
import jp.tsunagu.ledger.record.SourceKind;
import jp.tsunagu.tenants.problem.InvalidRequestException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * An import settled before its file is read: the tenant (from the verified token, carried explicitly into the
 * background), the disaster instance, who imports, the profile and the options. Its source kind is known: the
 * profile's own, or the one the uploader named.
 */
public record ImportOrder(PrefectureCode tenant, UUID disasterId, Actor actor, ColumnProfile profile, ImportOptions options) {

    public ImportOrder {
        Optional<SourceKind> fixed = profile.sourceKind();
        Optional<SourceKind> named = options.kind();
        if (fixed.isPresent() && named.isPresent() && fixed.get() != named.get()) {
            throw new InvalidRequestException("kind", "profile " + profile.name() + " reads " + fixed.get()
                    + " files: leave kind out or name that kind");
        }
        if (fixed.isEmpty() && named.isEmpty()) {
            throw new InvalidRequestException("kind", "profile " + profile.name()
                    + " fixes no source kind: name one (SHELTER_ROSTER, OUTREACH_VISIT, CALL_CENTRE, RESIDENT_REGISTER,"
                    + " RESIDENT_PORTAL)");
        }
        if (named.filter(SourceKind::isEnteredOnly).isPresent()) {
            throw new InvalidRequestException("kind", "staff corrections and reports are entered, not imported");
        }
    }

    /** This order, with the given file name if the uploader gave none. */
    public ImportOrder orNamed(Optional<String> fileName) {
        return new ImportOrder(tenant, disasterId, actor, profile, options.orNamed(fileName));
    }

    ImportRequest request(Path file) {
        return new ImportRequest(tenant, disasterId, file, options.fileName().orElse(ImportOptions.UNNAMED), profile,
                options.kind(), options.encoding(), actor);
    }
}
