package jp.tsunagu.ledger.sharing.kpi;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tsunagu.audit.basis.Accessor;
import jp.tsunagu.ledger.access.LedgerAccess;
import jp.tsunagu.ledger.access.LedgerAccess.LedgerForbiddenException;
import jp.tsunagu.ledger.access.LedgerWork;
import jp.tsunagu.ledger.access.PersonScope;
import jp.tsunagu.provisioning.accounts.ScopeKind;

/**
 * Who reads the sharing KPIs: the home side of the instance. The prefecture admin over everyone; a home (affected)
 * municipality's staff and leads over their residents, wherever they are. Host municipalities and support workers
 * are refused (403); anyone without a grant in the instance finds nothing (404).
 */
@ApplicationScoped
public class HomeSide {

    @Inject
    LedgerAccess access;

    public PersonScope scope(UUID disasterId) {
        access.require(LedgerWork.READ, disasterId);
        Accessor capacity = access.capacity(disasterId);
        if (capacity == Accessor.PREFECTURE) {
            return PersonScope.EVERYONE;
        }
        if (capacity != Accessor.AFFECTED_MUNICIPALITY) {
            throw new LedgerForbiddenException("sharing times are for the prefecture and the home municipalities");
        }
        return PersonScope.of(access.municipalities(disasterId, ScopeKind.AFFECTED_MUNICIPALITY), Set.of());
    }
}
