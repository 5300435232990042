package jp.tsunagu.ledger.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import jp.tsunagu.ledger.mynumber.MyNumberConfiguration;

/**
 * The {@link LedgerExport} the application writes rows with: with the configured my-number keys, or, where none are
 * configured, one that can only withhold 個人番号 (so exports and provisions without it work everywhere).
 */
@ApplicationScoped
public class LedgerExportProducer {

    @Inject
    MyNumberConfiguration keys;

    @Produces
    @Dependent
    LedgerExport export() {
        return keys.configured().map(LedgerExport::new).orElseGet(LedgerExport::withoutMyNumberKeys);
    }
}
