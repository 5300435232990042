package jp.tsunagu.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jp.tsunagu.linkage.bench.PairwiseMetrics;

/**
 * Pairwise precision, recall and F1 of the ledger's persons against the generator's truth: two records are linked
 * when their active links name one person. A record the import rejected counts as a person of its own (a missed
 * pair, never a false one). The second run's quality is that of the pairs with at least one incoming record: the
 * pairs among existing records are counted once over the existing records alone and subtracted (the second run
 * does not move existing records, so their pairs are the setup's).
 */
record LinkageQuality(PairwiseMetrics all, PairwiseMetrics existingOnly, PairwiseMetrics withIncoming, long notInLedger) {

    static LinkageQuality measure(DataSource dataSource, String schema, UUID disasterId, SyntheticFiles files)
            throws SQLException, IOException {
        Map<String, String> personOfRecord = persons(dataSource, schema, disasterId);
        List<String> truthLines = Files.readAllLines(files.truth(), StandardCharsets.UTF_8);
        List<String> truth = new ArrayList<>(truthLines.size());
        List<String> predicted = new ArrayList<>(truthLines.size());
        long missing = 0;
        for (String line : truthLines.subList(1, truthLines.size())) {
            int comma = line.lastIndexOf(',');
            String record = line.substring(0, comma);
            truth.add(line.substring(comma + 1));
            String person = personOfRecord.get(record);
            if (person == null) {
                missing++;
                person = "not-in-ledger:" + record;
            }
            predicted.add(person);
        }
        int existing = files.existingRows();
        PairwiseMetrics all = PairwiseMetrics.of(truth, predicted);
        PairwiseMetrics first = PairwiseMetrics.of(truth.subList(0, existing), predicted.subList(0, existing));
        PairwiseMetrics second = new PairwiseMetrics(all.truePairs() - first.truePairs(),
                all.predictedPairs() - first.predictedPairs(), all.correctPairs() - first.correctPairs());
        return new LinkageQuality(all, first, second, missing);
    }

    /** The generator's record id (kept as the record's external id) to the person its active link names. */
    private static Map<String, String> persons(DataSource dataSource, String schema, UUID disasterId) throws SQLException {
        Map<String, String> persons = new HashMap<>();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement query = db.prepareStatement("SELECT r.external_id, l.person_id FROM " + schema
                    + ".ledger_source_record r JOIN " + schema + ".ledger_record_link l ON l.record_id = r.id"
                    + " AND l.state = 'ACTIVE' WHERE r.disaster_id = ?")) {
                query.setFetchSize(10_000);
                query.setObject(1, disasterId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        persons.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            db.commit();
        }
        return persons;
    }
}
