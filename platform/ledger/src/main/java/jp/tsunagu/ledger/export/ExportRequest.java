package jp.tsunagu.ledger.export;

import jp.tsunagu.tenants.problem.RequestFields;

/**
 * The query of an export: the encoding, the purpose (required: an export is internal use for the municipality's
 * duties, 90条の4第1項第2号, and the record says which), and whether 個人番号 is asked for, with the 個人番号利用事務 it is
 * for.
 */
public record ExportRequest(String encoding, String purpose, boolean includeMyNumber, String myNumberBasis) {

    public CsvEncoding checkedEncoding() {
        return CsvEncoding.parse(encoding);
    }

    public String checkedPurpose() {
        return RequestFields.requireText(purpose, "purpose", 1000);
    }
}
