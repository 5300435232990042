package jp.tsunagu.ledger.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.tsunagu.linkage.bench.GenerateRecords;

/**
 * The benchmark's input, written by the linkage module's generator ({@link GenerateRecords}: synthetic people in
 * households, each with one to four records in the notations of different sources, and the truth). One data set of
 * {@code existing + incoming} records is split in file order (the generator shuffles), so many people have records on
 * both sides, as when a second source arrives about people the ledger knows. Kept in the work directory and reused
 * by later runs with the same sizes and seed.
 */
record SyntheticFiles(Path existing, Path incoming, Path truth, int existingRows, int incomingRows) {

    static SyntheticFiles prepare(Path directory, int existing, int incoming, long seed) throws IOException {
        Files.createDirectories(directory);
        String stem = "records-" + existing + "-" + incoming + "-seed" + seed;
        SyntheticFiles files = new SyntheticFiles(directory.resolve(stem + "-existing.csv"),
                directory.resolve(stem + "-incoming.csv"), directory.resolve(stem + "-truth.csv"), existing, incoming);
        if (Files.exists(files.incoming()) && Files.exists(files.truth())) {
            return files;
        }
        Path all = directory.resolve(stem + "-all.csv");
        GenerateRecords.main(new String[] {Integer.toString(existing + incoming), all.toString(), files.truth().toString(),
                "--seed", Long.toString(seed)});
        files.split(all);
        Files.delete(all);
        return files;
    }

    /** The generator writes no line breaks inside fields, so a line is a record. */
    private void split(Path all) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(all, StandardCharsets.UTF_8);
             BufferedWriter first = Files.newBufferedWriter(existing, StandardCharsets.UTF_8);
             BufferedWriter second = Files.newBufferedWriter(incoming, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            first.write(header + "\n");
            second.write(header + "\n");
            long row = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                (row++ < existingRows ? first : second).write(line + "\n");
            }
        }
    }
}
