package jp.tsunagu.linkage.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import jp.tsunagu.linkage.match.LinkageResult;
import jp.tsunagu.linkage.match.Linker;
import jp.tsunagu.linkage.match.LinkerSettings;
import jp.tsunagu.linkage.match.NormalizedRecord;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.linkage.match.RecordNormalizer;
import jp.tsunagu.linkage.match.ReviewPair;

/**
 * Links the records of a CSV file into persons and writes {@code record_id,person_id}, one line per input record in
 * input order. Runs without a server:
 * <pre>
 * java -cp ... jp.tsunagu.linkage.cli.LinkCsv in.csv [out.csv] [--encoding UTF-8|Windows-31J]
 *      [--prefecture 17] [--review review.csv] [--upper 20 --lower 8] [--estimate]
 * </pre>
 * Exit status 0 on success, 2 on bad usage or bad input (the message names line and field, never the value).
 */
public final class LinkCsv {

    private static final int BATCH = 20_000;
    private static final int MAX_WARNINGS = 20;

    private final PrintStream err;

    LinkCsv(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new LinkCsv(System.err).run(args, System.out));
    }

    int run(String[] args, OutputStream stdout) {
        LinkCsvOptions options;
        try {
            options = LinkCsvOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("LinkCsv: " + e.getMessage());
            err.println(LinkCsvOptions.USAGE);
            return 2;
        }
        try (InputStream file = Files.newInputStream(options.input())) {
            BufferedInputStream in = new BufferedInputStream(file, 1 << 16);
            Charset charset = options.encoding().orElse(null);
            if (charset == null) {
                charset = EncodingDetector.detect(in);
            } else {
                EncodingDetector.skipBom(in);
            }
            return link(options, new InputStreamReader(in, charset.newDecoder()), stdout);
        } catch (NoSuchFileException e) {
            err.println("LinkCsv: the input file does not exist");
            return 2;
        } catch (CsvInputException e) {
            err.println("LinkCsv: " + e.getMessage());
            return 2;
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("LinkCsv: the input is not valid in the detected or given encoding; try --encoding");
            return 2;
        } catch (IOException e) {
            err.println("LinkCsv: cannot read or write: " + e.getClass().getSimpleName());
            return 2;
        }
    }

    private int link(LinkCsvOptions options, java.io.Reader reader, OutputStream stdout) throws IOException, CsvInputException {
        long start = System.nanoTime();
        LinkerSettings settings = LinkerSettings.defaults().withEstimatedWeights(options.estimate());
        if (options.prefecture().isPresent()) {
            settings = settings.withHomePrefecture(options.prefecture().get());
        }
        if (options.thresholds().isPresent()) {
            settings = settings.withThresholds(options.thresholds().get());
        }
        Linker linker = new Linker(settings);
        List<NormalizedRecord> records = readAll(new CsvInput(new CsvReader(reader)), linker.normalizer());
        long read = System.nanoTime();
        LinkageResult result = linker.linkNormalized(records);
        long linked = System.nanoTime();
        try (Writer out = writer(options.output(), stdout)) {
            out.write("record_id,person_id\n");
            for (int i = 0; i < result.recordIds().size(); i++) {
                out.write(csv(result.recordIds().get(i)) + "," + result.personIds().get(i) + "\n");
            }
        }
        if (options.review().isPresent()) {
            try (Writer out = Files.newBufferedWriter(options.review().get(), StandardCharsets.UTF_8)) {
                out.write("record_id_1,record_id_2,score\n");
                for (ReviewPair p : result.reviewPairs()) {
                    out.write(csv(p.firstRecordId()) + "," + csv(p.secondRecordId()) + "," + String.format(Locale.ROOT, "%.2f", p.score()) + "\n");
                }
            }
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        err.printf(Locale.ROOT, "LinkCsv: %d records, %d persons, %d review pairs, %d candidate pairs, %.1f s (%.0f records/s;"
                        + " read and normalise %.1f s, link %.1f s, write %.1f s)%n",
                records.size(), result.personCount(), result.reviewPairs().size(), result.candidatePairs(), seconds,
                records.size() / seconds, (read - start) / 1e9, (linked - read) / 1e9, (end - linked) / 1e9);
        return 0;
    }

    /**
     * Reads and normalises in batches, keeping only the matching keys in memory. A batch is normalised (in parallel)
     * while the next one is read, so parsing and normalisation overlap.
     */
    private List<NormalizedRecord> readAll(CsvInput input, RecordNormalizer normalizer) throws IOException, CsvInputException {
        List<NormalizedRecord> records = new ArrayList<>();
        List<PersonRecord> batch = new ArrayList<>(BATCH);
        List<Long> lines = new ArrayList<>(BATCH);
        int[] warnings = {0};
        CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
        for (Optional<PersonRecord> r = input.next(); r.isPresent(); r = input.next()) {
            batch.add(r.get());
            lines.add(input.recordLine());
            if (batch.size() == BATCH) {
                pending = submit(pending, batch, lines, normalizer, records, warnings);
                batch = new ArrayList<>(BATCH);
                lines = new ArrayList<>(BATCH);
            }
        }
        submit(pending, batch, lines, normalizer, records, warnings).join();
        if (warnings[0] > MAX_WARNINGS) {
            err.println("LinkCsv: " + (warnings[0] - MAX_WARNINGS) + " more values not understood");
        }
        return records;
    }

    /** Normalises a batch in the background once the previous batch is done (records stay in input order). */
    private CompletableFuture<Void> submit(CompletableFuture<Void> previous, List<PersonRecord> batch, List<Long> lines,
                                           RecordNormalizer normalizer, List<NormalizedRecord> out, int[] warnings) {
        CompletableFuture<List<RecordNormalizer.Normalized>> done = CompletableFuture.supplyAsync(() ->
                IntStream.range(0, batch.size()).parallel().mapToObj(i -> normalizer.normalize(batch.get(i))).toList());
        return previous.thenCombine(done, (ignored, normalized) -> {
            for (int i = 0; i < normalized.size(); i++) {
                out.add(normalized.get(i).record());
                for (String field : normalized.get(i).unreadableFields()) {
                    if (++warnings[0] <= MAX_WARNINGS) {
                        err.println("LinkCsv: line " + lines.get(i) + ": field " + field + " not understood; treated as missing");
                    }
                }
            }
            return null;
        });
    }

    private static Writer writer(Optional<Path> output, OutputStream stdout) throws IOException {
        OutputStream target = output.isPresent() ? Files.newOutputStream(output.get()) : new NonClosing(stdout);
        return new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
    }

    /** RFC 4180 quoting for ids that contain commas, quotes or line breaks. */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Keeps stdout open when the writer is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
