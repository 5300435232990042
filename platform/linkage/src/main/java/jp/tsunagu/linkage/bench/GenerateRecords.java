package jp.tsunagu.linkage.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.tsunagu.linkage.match.PersonRecord;
import jp.tsunagu.tenants.reference.PrefectureCode;

/**
 * Writes generated records as the CLI reads them, and the truth beside them.
 * Usage: {@code GenerateRecords count out.csv [truth.csv] [--seed n] [--encoding Windows-31J]}.
 */
public final class GenerateRecords {

    private GenerateRecords() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateRecords count out.csv [truth.csv] [--seed n] [--encoding name]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        List<String> list = List.of(args);
        long seed = list.contains("--seed") ? Long.parseLong(args[list.indexOf("--seed") + 1]) : 7;
        Charset charset = list.contains("--encoding") ? Charset.forName(args[list.indexOf("--encoding") + 1]) : StandardCharsets.UTF_8;
        SyntheticDataset data = SyntheticDataset.generate(count, seed, PrefectureCode.of("17"));
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), charset)) {
            out.write("record_id,name,name_kana,birth_date,sex,address,phone\n");
            for (PersonRecord r : data.records()) {
                out.write(String.join(",", quote(r.id()), quote(r.name()), quote(r.nameKana()), quote(r.birthDate()),
                        quote(r.sex()), quote(r.address()), quote(r.phone())) + "\n");
            }
        }
        if (args.length > 2 && !args[2].startsWith("--")) {
            try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                out.write("record_id,true_person_id\n");
                for (int i = 0; i < data.records().size(); i++) {
                    out.write(data.records().get(i).id() + "," + data.truePersonIds().get(i) + "\n");
                }
            }
        }
    }

    private static String quote(String value) {
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.startsWith(" ");
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
